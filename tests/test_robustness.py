"""Real-world input: web debris, traditional characters, broken files in a batch, killed runs."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from lawgov_extract import extract_text
from lawgov_extract.cli import main
from lawgov_extract.readers import read_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def mentions(text: str) -> set[tuple[str, object]]:
    return {(m.indicator, m.value) for m in extract_text(text).mentions}


# --- seed 000: injected spam and fragments where text was lost -------------------------------
def test_spam_and_broken_fragments_yield_nothing():
    text = seed("000")
    result = extract_text(text)
    spam_end = text.index("党的二十大")
    broken = [text.index(f) for f in ("电线%", "认线万元")]
    assert result.mentions  # the report's real numbers are still read
    for m in result.mentions:
        assert m.start >= spam_end
        assert not any(m.start <= b + 3 and b <= m.end for b in broken), m
        assert "线%" not in text[m.start : m.end] and "线万元" not in text[m.start : m.end]


# --- traditional characters: converted for matching, quoted as written -----------------------
def test_traditional_report_yields_the_same_mentions():
    import opencc

    original = seed("002")
    traditional = opencc.OpenCC("s2t").convert(original)
    assert traditional != original
    result = extract_text(traditional)
    assert {(m.indicator, m.value) for m in result.mentions} == mentions(original)
    for m in result.mentions:  # the evidence is the traditional original
        assert m.evidence == traditional[m.sentence_start : m.sentence_end]


# --- a batch of 200 files of which 20 are broken ---------------------------------------------
def _make_batch(folder: Path) -> set[str]:
    """180 good reports and 20 broken ones; returns the broken files' paths."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(180):
        shutil.copy(seeds[i % len(seeds)], folder / f"good_{i:03d}.txt")
    broken = []
    for i in range(4):
        (folder / f"binary_{i}.txt").write_bytes(bytes(range(256)) * 8)
        (folder / f"empty_{i}.txt").write_bytes(b"")
        docx = folder / f"truncated_{i}.docx"
        with zipfile.ZipFile(docx, "w") as z:
            z.writestr("word/document.xml", "<w:document>" * 50)
        docx.write_bytes(docx.read_bytes()[:60])
        (folder / f"wrong_ext_{i}.pdf").write_text("这不是PDF文件,只是文本。", encoding="utf-8")
        (folder / f"unreadable_{i}.txt").write_text(seed("001"), encoding="utf-8")
        broken += [
            f"binary_{i}.txt",
            f"empty_{i}.txt",
            f"truncated_{i}.docx",
            f"wrong_ext_{i}.pdf",
            f"unreadable_{i}.txt",
        ]
    return {str(folder / name) for name in broken}


# -j2: failures come back from worker processes (pickled) like results.
@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_batch_with_broken_files(tmp_path, monkeypatch, jobs):
    folder = tmp_path / "crawl"
    folder.mkdir()
    broken = _make_batch(folder)
    assert len(broken) == 20 and len(list(folder.iterdir())) == 200
    # Root reads any file whatever its mode, so "permission denied" is simulated at open().
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self.name.startswith("unreadable_"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    import builtins

    real_builtin_open = builtins.open

    def guarded_builtin_open(file, *args, **kwargs):
        if Path(str(file)).name.startswith("unreadable_"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_builtin_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_builtin_open)
    from click.testing import CliRunner

    out, errors = tmp_path / "m.csv", tmp_path / "errors.csv"
    result = CliRunner().invoke(
        main,
        ["extract", str(folder), "--mentions", "-o", str(out), "--errors", str(errors), jobs],
    )
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    with errors.open(encoding="utf-8-sig") as f:
        listed = list(csv.DictReader(f))
    assert {row["file"] for row in listed} == broken
    assert all(row["reason"] for row in listed)
    with out.open(encoding="utf-8-sig") as f:
        sources = {row["source"] for row in csv.DictReader(f)}
    assert len(sources) == 180 and not sources & broken


# --- a killed run never leaves a truncated output --------------------------------------------
@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["TERM", "KILL"])
def test_killed_run_keeps_the_previous_output(tmp_path, sig, jobs, request):
    folder = tmp_path / "many"
    folder.mkdir()
    for i, path in enumerate(sorted(SEEDS.glob("*.txt")) * 500):
        shutil.copy(path, folder / f"r{i:04d}.txt")
    out = tmp_path / "out.csv"
    out.write_text("previous,complete,output\n", encoding="utf-8")
    before = out.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-m", "lawgov_extract", "extract", str(folder), "-o", str(out), jobs],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the workers are found by it
    )
    time.sleep(2.0)  # start-up and a few hundred reports, well before the end
    assert proc.poll() is None, "the run finished before it could be killed: make it bigger"
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    assert out.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    if sig == signal.SIGTERM:  # a terminated run cleans up; SIGKILL cannot be caught
        assert leftovers == []
    if Path("/proc/self/stat").exists():  # no worker goes on alone (Linux: read from /proc)
        live_pids = request.getfixturevalue("live_pids")

        def group_alive(pgid: int) -> bool:
            return bool(live_pids(pgid))

        deadline = time.monotonic() + 20
        while group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not group_alive(proc.pid)


def test_html_title_gives_district_and_year(tmp_path):
    page = tmp_path / "page.html"
    body = (
        "<p>一、主要工作</p><p>全年办理人大代表建议120件。本区行政机关负责人出庭应诉率达100%。</p>"
    )
    page.write_text(
        "<html><head><title>静海区2023年度法治政府建设情况报告</title></head>"
        f"<body><nav>首页 | 政务公开 | 互动交流 | 网站地图</nav>{body}"
        "<footer>版权所有 天津市静海区人民政府</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "静海区2023年度法治政府建设情况报告"
    result = extract_text(doc.text, source=str(page), title=doc.title)
    assert (result.meta.district, result.meta.city, result.meta.year) == ("静海区", "天津市", 2023)
    assert result.meta.year_source == "title"
    assert ("npc_suggestions", 120) in {(m.indicator, m.value) for m in result.mentions}


# --- a pathological user pattern times out and is reported like any failure ------------------
SLOW_PACK = """
[[rules]]
id = "slow"
indicator = "court_appearances"
description = "catastrophic backtracking on purpose"
pattern = '(?:.*?,){15}y(?P<value>\\d+次)'
examples = [{ text = ",,,,,,,,,,,,,,,y5次", value = 5 }]
counter_examples = ["出庭5次"]
"""


@pytest.mark.parametrize("jobs", ["-j1", "-j2"])  # in process, and in a pool of workers
def test_regex_timeout_is_a_reported_failure(tmp_path, monkeypatch, jobs):
    from click.testing import CliRunner

    import lawgov_extract.matching

    monkeypatch.setattr(lawgov_extract.matching, "REGEX_TIMEOUT", 0.2)
    pack = tmp_path / "slow.toml"
    pack.write_text(SLOW_PACK, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("1," * 60 + "共出庭应诉3次。", encoding="utf-8")
    good = [tmp_path / f"good{i}.txt" for i in range(3)]
    for path, seed in zip(good, sorted(SEEDS.glob("*.txt")), strict=False):
        shutil.copy(seed, path)
    out = tmp_path / "m.csv"
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(tmp_path / "bad.txt"),
            *map(str, good),
            "--mentions",
            "-o",
            str(out),
            "--patterns",
            str(pack),
            jobs,
        ],
    )
    assert result.exit_code == 1
    assert "bad.txt" in result.output
    assert "rule slow:slow timed out" in result.output
    with out.open(encoding="utf-8-sig") as f:
        assert {row["source"] for row in csv.DictReader(f)} == set(map(str, good))
    # The alarm is put away after the run.
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_regex_timeout_in_the_library_names_the_rule(tmp_path, monkeypatch):
    """Called from a notebook (no alarm), the regex module's own timeout bounds each rule."""
    import lawgov_extract.matching
    from lawgov_extract.errors import InputError
    from lawgov_extract.packs import load_packs

    monkeypatch.setattr(lawgov_extract.matching, "REGEX_TIMEOUT", 0.2)
    pack = tmp_path / "slow.toml"
    pack.write_text(SLOW_PACK, encoding="utf-8")
    packs = load_packs([pack])
    with pytest.raises(InputError, match="rule slow:slow timed out"):
        extract_text("1," * 60 + "共出庭应诉3次。", source="bad.txt", packs=packs)
    assert extract_text("共出庭应诉3次。", packs=packs).mentions  # the pack itself works


def test_alarm_timeouts_leave_other_threads_and_handlers_alone():
    import threading

    from lawgov_extract.runner.timer import active_watch, alarm_timeouts

    def mine(signum, frame):
        pass

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with alarm_timeouts():
            assert active_watch() is not None
            assert signal.getsignal(signal.SIGALRM) is not mine
        assert signal.getsignal(signal.SIGALRM) is mine
        assert active_watch() is None
    finally:
        signal.signal(signal.SIGALRM, previous)

    seen = []

    def in_thread():
        with alarm_timeouts():
            seen.append(active_watch())

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    assert seen == [None]  # no signals off the main thread: the per-call timeout stays

    signal.setitimer(signal.ITIMER_REAL, 60)  # the caller's own timer is left to run
    try:
        with alarm_timeouts():
            assert active_watch() is None
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 59
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


# --- `lawgov extract ... | head`: the reader stops early ---------------------------------------
@pytest.mark.skipif(not hasattr(signal, "SIGPIPE"), reason="pipes closing early: POSIX")
@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_reader_that_stops_early_ends_the_run_quietly(tmp_path, jobs):
    for i, path in enumerate(sorted(SEEDS.glob("*.txt")) * 40):  # far more than a pipe holds
        shutil.copy(path, tmp_path / f"r{i:03d}.txt")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "lawgov_extract", "extract", str(tmp_path), "--mentions", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout.readline().startswith(b"source,")  # as `head -1` reads, then leaves
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141  # 128 + SIGPIPE, as any command ended by `head`
    assert "Traceback" not in stderr and "Error" not in stderr


# --- workers that end at once must not hang -------------------------------------------------

SHORT_RUNS = """
import signal, sys
from pathlib import Path
from lawgov_extract.runner.run import BatchOptions, run_files

def terminate(signum, frame):  # as the CLI does while it runs
    raise SystemExit(143)

signal.signal(signal.SIGTERM, terminate)
files = sorted(Path(sys.argv[1]).glob("*.txt"))
for _ in range(int(sys.argv[2])):
    assert len(list(run_files(files, BatchOptions(jobs=2)))) == len(files)
print("done")
"""


def test_short_parallel_runs_never_hang(tmp_path):
    # terminate() SIGTERMs the workers; a worker that had inherited the CLI's handler lost a
    # signal arriving while it was still being forked and then waited forever (seen: a full test
    # run hung for ten minutes). Many tiny two-process runs make that window likely.
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text("全年受理行政复议申请36件。", encoding="utf-8")
    script = tmp_path / "runs.py"
    script.write_text(SHORT_RUNS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), "100"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"


# --- hard-wrapped text: pdftotext output, a copy from a PDF viewer ----------------------------


@pytest.mark.parametrize("width", [30, 38, 45])
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_hard_wrapped_seed_yields_the_same_mentions(hard_wrap, prefix, width):
    # Before lines were joined, the seeds wrapped at 38 lost 9 of their 39 gold mentions.
    text = seed(prefix)
    wrapped = hard_wrap(text, width)
    originals = {(m.indicator, m.value): m for m in extract_text(text).mentions}
    result = extract_text(wrapped)
    assert {(m.indicator, m.value) for m in result.mentions} == set(originals)
    for m in result.mentions:  # evidence is quoted from the wrapped text as it was given
        assert m.evidence == wrapped[m.sentence_start : m.sentence_end]
        original = originals[m.indicator, m.value]
        assert wrapped[m.start : m.end].replace("\n", "") == text[original.start : original.end]


def test_number_cut_by_a_hard_wrap_is_read_whole():
    text = "2023年,全区共调解矛盾纠\n纷1727件,调解成功率达9\n9%。"
    assert mentions(text) == {("mediation_cases", 1727), ("mediation_success_rate", 99)}

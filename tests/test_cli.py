"""The ``lawgov`` command end to end on the seeds and on small inputs made in tmp_path.

Each test runs the command in-process with click's CliRunner and asserts the exit code
(0 ok, 1 some input failed, 2 usage error) and, for failures, the exact line the user reads.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
from pathlib import Path

import click
import pandas as pd
import pytest

from lawgov_extract import __version__
from lawgov_extract.cli import main

BOM = b"\xef\xbb\xbf"
RECORD_COLUMNS = (
    "district city province adcode year year_source indicator indicator_name value "
    "value_before unit qualifier n_mentions evidence source start end conflict warnings"
).split()
MENTION_COLUMNS = (
    "source district city province adcode year indicator value value_before unit qualifier "
    "period evidence start end rule warnings"
).split()
WIDE_KEYS = ["district", "city", "province", "adcode", "year"]
# The 22 ids of /work/shared/INDICATORS.md (v1).
INDICATOR_IDS = (
    "court_appearance_rate court_appearances reconsideration_cases reconsideration_closed "
    "admin_litigation_cases litigation_win_rate litigation_loss_rate mediation_success_rate "
    "mediation_cases approval_time_limit approval_time_reduction_rate legal_aid_cases "
    "normative_doc_reviews contract_reviews info_disclosure_proactive info_disclosure_requests "
    "study_sessions npc_suggestions cppcc_proposals pufa_events enforcement_personnel "
    "labor_arbitration_cases"
).split()
SEED_NAMES = sorted(p.name for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
SEED_001 = "001_8c0952a229d24695.txt"
SEED_DISTRICTS = {"和平区", "沙坪坝区", "石峰区", "平房区", "水磨沟区"}
REASONS = {
    "missing": ("read", "no such file or directory"),
    "empty": ("read", "empty file"),
    "binary": ("decode", "not a text file: binary content"),
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders a run left behind (``*.part`` outputs, spill stores)."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith(".part") or p.name.startswith((".", "lawgov-"))
    )


def make_bad(folder: Path, kind: str) -> str:
    """A bad input of ``kind`` in ``folder``; returns its name (missing: not created)."""
    name = f"{kind}.txt"
    if kind == "empty":
        (folder / name).write_bytes(b"")
    elif kind == "binary":
        noise = random.Random(7).randbytes(2000)
        (folder / name).write_bytes(b"\x89BIN" + noise + b"\0" * 64 + noise)
    return name


@pytest.fixture
def mixed(tmp_path, monkeypatch, seeds_dir):
    """tmp_path as cwd with good.txt (seed 001) and the three kinds of bad input."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, tmp_path / "good.txt")
    return ["good.txt", *(make_bad(tmp_path, kind) for kind in REASONS)]


# --- records CSV on the seeds --------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_csv(tmp_path_factory, seeds_dir, invoke) -> Path:
    out = tmp_path_factory.mktemp("records") / "out.csv"
    result = invoke("extract", seeds_dir, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_extract_csv_exit_0(seeds_dir, tmp_path, invoke):
    result = invoke("extract", seeds_dir, "-o", tmp_path / "out.csv")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_extract_csv_starts_with_bom(seeds_csv):
    assert seeds_csv.read_bytes().startswith(BOM + b"district,")


def test_extract_csv_header_is_the_records_columns(seeds_csv):
    assert header(seeds_csv) == RECORD_COLUMNS


def test_extract_csv_chinese_intact(seeds_csv):
    rows = read_csv(seeds_csv)
    assert {r["district"] for r in rows} == SEED_DISTRICTS
    names = {r["indicator"]: r["indicator_name"] for r in rows}
    assert names["court_appearances"] == "负责人出庭应诉次数"


def test_extract_csv_one_row_per_district_year_indicator(seeds_csv):
    keys = [(r["district"], r["year"], r["indicator"]) for r in read_csv(seeds_csv)]
    assert len(keys) == len(set(keys)) > 0


def test_extract_csv_seed_001_court_appearances(seeds_csv):
    rows = read_csv(seeds_csv)
    (row,) = [
        r
        for r in rows
        if Path(r["source"]).name == SEED_001 and r["indicator"] == "court_appearances"
    ]
    assert row["value"] == "68"
    assert "出庭应诉68次" in row["evidence"]
    assert (row["district"], row["year"]) == ("沙坪坝区", "2020")


# --- Parquet and mentions ------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_parquet(tmp_path_factory, seeds_dir, invoke) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("parquet") / "out.parquet"
    assert invoke("extract", seeds_dir, "-o", out).exit_code == 0
    return pd.read_parquet(out)


def test_parquet_columns(seeds_parquet):
    assert list(seeds_parquet.columns) == RECORD_COLUMNS


def test_parquet_value_is_float64(seeds_parquet):
    assert seeds_parquet["value"].dtype == "float64"


def test_parquet_year_is_integer(seeds_parquet):
    assert pd.api.types.is_integer_dtype(seeds_parquet["year"])


@pytest.fixture(scope="module")
def seeds_mentions(tmp_path_factory, seeds_dir, invoke) -> list[dict]:
    out = tmp_path_factory.mktemp("mentions") / "m.jsonl"
    assert invoke("extract", seeds_dir, "--mentions", "-o", out).exit_code == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_mentions_jsonl_columns(seeds_mentions):
    assert seeds_mentions
    assert {tuple(m) for m in seeds_mentions} == {tuple(MENTION_COLUMNS)}


def test_mentions_rule_is_pack_colon_rule(seeds_mentions):
    bad = [m["rule"] for m in seeds_mentions if not re.fullmatch(r"[\w-]+:[\w-]+", m["rule"])]
    assert bad == []


def test_mentions_indicators_are_known(seeds_mentions):
    assert {m["indicator"] for m in seeds_mentions} <= set(INDICATOR_IDS)


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_mention_span_lies_inside_its_evidence(seeds_mentions, seeds_dir, seed):
    text = (seeds_dir / seed).read_text(encoding="utf-8")
    mine = [m for m in seeds_mentions if Path(m["source"]).name == seed]
    assert mine
    bad = [m for m in mine if text[m["start"] : m["end"]] not in m["evidence"]]
    assert bad == []


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_mention_evidence_is_a_piece_of_one_line(seeds_mentions, seeds_dir, seed):
    text_lines = (seeds_dir / seed).read_text(encoding="utf-8").splitlines()
    mine = [m for m in seeds_mentions if Path(m["source"]).name == seed]
    bad = [m["evidence"] for m in mine if not any(m["evidence"] in line for line in text_lines)]
    assert bad == []


# --- wide and stdout -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_wide(tmp_path_factory, seeds_dir, invoke) -> Path:
    out = tmp_path_factory.mktemp("wide") / "wide.csv"
    assert invoke("extract", seeds_dir, "--wide", "-o", out).exit_code == 0
    return out


def test_wide_header_has_the_indicator_ids(seeds_wide):
    columns = header(seeds_wide)
    assert columns[:5] == WIDE_KEYS
    assert sorted(columns[5:]) == sorted(INDICATOR_IDS)


def test_wide_one_row_per_district_year(seeds_wide):
    keys = [(r["district"], r["year"]) for r in read_csv(seeds_wide)]
    assert sorted(keys) == sorted(set(keys))
    assert {k[0] for k in keys} == SEED_DISTRICTS


def test_wide_cell_holds_the_value(seeds_wide):
    (row,) = [r for r in read_csv(seeds_wide) if r["district"] == "沙坪坝区"]
    assert (row["year"], row["court_appearances"]) == ("2020", "68")


def test_wide_agrees_with_records(seeds_wide, seeds_csv):
    wide = {(r["district"], r["year"]): r for r in read_csv(seeds_wide)}
    for r in read_csv(seeds_csv):
        assert wide[(r["district"], r["year"])][r["indicator"]] == r["value"]


def test_stdout_csv_has_no_bom(seeds_dir, invoke):
    result = invoke("extract", seeds_dir)
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"district,city,")


def test_stdout_csv_equals_the_file_csv(seeds_dir, seeds_csv, invoke):
    result = invoke("extract", seeds_dir)
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))
    assert rows == read_csv(seeds_csv)


# --- bad inputs ----------------------------------------------------------------------------


def test_bad_inputs_exit_1(mixed, invoke):
    assert invoke("extract", *mixed, "-o", "out.csv").exit_code == 1


def test_bad_inputs_one_line_per_bad_file(mixed, invoke):
    result = invoke("extract", *mixed, "-o", "out.csv")
    expected = [f"error {kind}.txt: {reason}" for kind, (_, reason) in REASONS.items()]
    assert sorted(lines(result.stderr)) == sorted(expected)


@pytest.mark.parametrize("kind", list(REASONS))
def test_bad_input_alone_names_file_and_reason(tmp_path, monkeypatch, seeds_dir, invoke, kind):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, "good.txt")
    result = invoke("extract", "good.txt", make_bad(tmp_path, kind), "-o", "out.csv")
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"error {kind}.txt: {REASONS[kind][1]}"]


def test_bad_inputs_output_keeps_the_good_rows(mixed, invoke):
    assert invoke("extract", "good.txt", "-o", "alone.csv").exit_code == 0
    invoke("extract", *mixed, "-o", "out.csv")
    assert Path("out.csv").read_bytes() == Path("alone.csv").read_bytes()
    assert {r["source"] for r in read_csv(Path("out.csv"))} == {"good.txt"}


def test_errors_file_lists_the_failed_inputs(mixed, invoke):
    invoke("extract", *mixed, "-o", "out.csv", "--errors", "errs.csv")
    expected = [
        {"file": f"{kind}.txt", "stage": stage, "reason": reason}
        for kind, (stage, reason) in REASONS.items()
    ]
    rows = read_csv(Path("errs.csv"))
    assert sorted(rows, key=lambda r: r["file"]) == sorted(expected, key=lambda r: r["file"])


def test_errors_file_has_only_the_header_when_nothing_failed(mixed, invoke):
    assert invoke("extract", "good.txt", "-o", "out.csv", "--errors", "errs.csv").exit_code == 0
    assert header(Path("errs.csv")) == ["file", "stage", "reason"]
    assert read_csv(Path("errs.csv")) == []


@pytest.mark.parametrize("kind", list(REASONS))
def test_strict_exits_1_and_writes_no_output(tmp_path, monkeypatch, seeds_dir, invoke, kind):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, "good.txt")
    result = invoke("extract", "good.txt", make_bad(tmp_path, kind), "-o", "out.csv", "--strict")
    assert result.exit_code == 1
    assert f"{kind}.txt: {REASONS[kind][1]}" in result.stderr
    assert not Path("out.csv").exists()
    assert leftovers(tmp_path) == []


def test_strict_stops_at_the_first_failure(mixed, invoke):
    result = invoke("extract", "good.txt", "empty.txt", "binary.txt", "-o", "out.csv", "--strict")
    assert result.exit_code == 1
    assert lines(result.stderr)[-1] == "stopped (--strict): empty.txt: empty file"
    assert "binary.txt" not in result.stderr


# --- atomicity -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(REASONS))
def test_strict_failure_keeps_the_previous_output(mixed, invoke, kind):
    Path("out.csv").write_bytes(b"previous,run\r\n")
    result = invoke("extract", "good.txt", f"{kind}.txt", "-o", "out.csv", "--strict")
    assert result.exit_code == 1
    assert Path("out.csv").read_bytes() == b"previous,run\r\n"
    assert leftovers(Path.cwd()) == []


def interrupt_after_first(monkeypatch):
    """Make the run yield one real result and then a Ctrl-C."""
    import lawgov_extract.runner.run as run_module
    from lawgov_extract.pipeline import extract_file

    def run_files(files, options, digest=None):
        result = extract_file(files[0])
        yield result if digest is None else digest(result)
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "run_files", run_files)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_interrupted_export_keeps_the_previous_output(mixed, monkeypatch, suffix):
    from lawgov_extract.export import export
    from lawgov_extract.packs import load_packs
    from lawgov_extract.runner.run import Run

    out = Path(f"out{suffix}")
    out.write_bytes(b"previous run\n")
    interrupt_after_first(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        export(Run(load_packs(), [Path("good.txt")] * 2), out=out)
    assert out.read_bytes() == b"previous run\n"
    assert leftovers(Path.cwd()) == []


def test_interrupted_cli_run_keeps_the_previous_output(mixed, monkeypatch, invoke):
    Path("out.csv").write_bytes(b"previous,run\r\n")
    interrupt_after_first(monkeypatch)
    result = invoke("extract", "good.txt", "good.txt", "-o", "out.csv")
    assert result.exit_code == 1
    assert lines(result.stderr) == ["Aborted!"]
    assert Path("out.csv").read_bytes() == b"previous,run\r\n"
    assert leftovers(Path.cwd()) == []


def test_interrupted_cli_run_creates_no_output(mixed, monkeypatch, invoke):
    interrupt_after_first(monkeypatch)
    assert invoke("extract", "good.txt", "good.txt", "-o", "out.csv").exit_code == 1
    assert not Path("out.csv").exists()
    assert leftovers(Path.cwd()) == []


# --- usage errors --------------------------------------------------------------------------


def test_unknown_output_format_exits_2(mixed, invoke):
    result = invoke("extract", "good.txt", "-o", "out.xlsx")
    assert result.exit_code == 2
    assert lines(result.stderr)[-1] == (
        "Error: Invalid value for -o/--output: out.xlsx: unknown format '.xlsx'; "
        "use .csv, .parquet or .jsonl"
    )
    assert not Path("out.xlsx").exists()


def test_output_in_a_missing_folder_exits_2(mixed, invoke):
    result = invoke("extract", "good.txt", "-o", "nodir/out.csv")
    assert result.exit_code == 2
    assert lines(result.stderr)[-1].startswith("Error: ")
    assert "nodir" in lines(result.stderr)[-1]


def test_errors_file_in_a_missing_folder_exits_2(mixed, invoke):
    result = invoke("extract", "good.txt", "-o", "out.csv", "--errors", "nodir/errs.csv")
    assert result.exit_code == 2
    assert "nodir" in lines(result.stderr)[-1]
    assert not Path("out.csv").exists()


GOOD_PACK = """\
[pack]
name = "mine"

[indicators.petition_cases]
name = "信访案件数"
unit = "件"

[[rules]]
id = "petitions"
indicator = "petition_cases"
description = "受理信访案件 N 件"
keywords = ["信访"]
pattern = '受理信访案件(?P<value>{CASE})'
examples = [{ text = "全年受理信访案件321件", value = 321, unit = "件" }]
counter_examples = ["信访工作稳步推进"]
"""
PETITION_REPORT = (
    "沙坪坝区2023年法治政府建设情况报告\n2023年,全区受理信访案件321件,调解矛盾纠纷1727件。\n"
)
# (case, edit of GOOD_PACK, the problem line after "Error: broken pattern pack:")
BROKEN_PACKS = [
    ("bad_toml", ("[pack]", "[pack"), "{pack}: not valid TOML: "),
    ("bad_regex", ("(?P<value>{CASE})'", "(?P<value>{CASE}'"), "{pack}:petitions: bad regex: "),
    (
        "no_value_group",
        ("(?P<value>{CASE})", "({CASE})"),
        "{pack}:petitions: pattern has no named group `value`",
    ),
    (
        "no_example",
        ('examples = [{ text = "全年受理信访案件321件", value = 321, unit = "件" }]\n', ""),
        "{pack}:petitions: needs at least one example",
    ),
    (
        "no_counter_example",
        ('counter_examples = ["信访工作稳步推进"]\n', ""),
        "{pack}:petitions: needs at least one counter-example (a list of strings)",
    ),
    (
        "unknown_indicator",
        ('indicator = "petition_cases"', 'indicator = "no_such_indicator"'),
        "{pack}:petitions: unknown indicator `no_such_indicator`",
    ),
    (
        "unknown_macro",
        ("{CASE}", "{NO_SUCH_MACRO}"),
        "{pack}:petitions: unknown macro {{NO_SUCH_MACRO}}",
    ),
    ("unknown_key", ("keywords =", "keywordz ="), "{pack}:petitions: unknown keys ['keywordz']"),
]


def test_user_pack_adds_its_indicator(tmp_path, monkeypatch, invoke):
    monkeypatch.chdir(tmp_path)
    Path("report.txt").write_text(PETITION_REPORT, encoding="utf-8")
    Path("good_pack.toml").write_text(GOOD_PACK, encoding="utf-8")
    result = invoke("extract", "report.txt", "--patterns", "good_pack.toml", "--mentions")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    found = {(r["indicator"], r["value"], r["rule"]) for r in rows}
    assert ("petition_cases", "321", "mine:petitions") in found


@pytest.mark.parametrize(
    ("case", "edit", "problem"), BROKEN_PACKS, ids=[c[0] for c in BROKEN_PACKS]
)
def test_broken_user_pack_exits_2(tmp_path, monkeypatch, invoke, case, edit, problem):
    monkeypatch.chdir(tmp_path)
    Path("report.txt").write_text(PETITION_REPORT, encoding="utf-8")
    pack = f"{case}.toml"
    assert edit[0] in GOOD_PACK
    Path(pack).write_text(GOOD_PACK.replace(*edit), encoding="utf-8")
    result = invoke("extract", "report.txt", "--patterns", pack, "-o", "out.csv")
    assert result.exit_code == 2
    out = lines(result.stderr)
    assert out[-2] == "Error: broken pattern pack:"
    assert out[-1].startswith("  " + problem.format(pack=pack))
    assert not Path("out.csv").exists()


def test_broken_user_pack_fails_before_any_report_is_read(tmp_path, monkeypatch, invoke):
    import lawgov_extract.runner.run as run_module

    monkeypatch.chdir(tmp_path)
    Path("report.txt").write_text(PETITION_REPORT, encoding="utf-8")
    Path("early.toml").write_text(GOOD_PACK.replace("(?P<value>", "(?P<v>"), encoding="utf-8")
    monkeypatch.setattr(run_module, "run_files", lambda *a: pytest.fail("a report was read"))
    assert invoke("extract", "report.txt", "--patterns", "early.toml").exit_code == 2


# --- version, help, patterns ---------------------------------------------------------------


def test_version(invoke):
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"lawgov, version {__version__}\n"


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            paths += command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


COMMANDS = command_paths(main)
NO_EXAMPLE: dict[tuple[str, ...], str] = {}


def test_every_command_is_walked():
    assert {" ".join(p) for p in COMMANDS} >= {"", "extract", "eval", "patterns list"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=NO_EXAMPLE[p]))
        if p in NO_EXAMPLE
        else p
        for p in COMMANDS
    ],
    ids=[" ".join(p) or "lawgov" for p in COMMANDS],
)
def test_help_has_an_example(invoke, path):
    result = invoke(*path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


@pytest.fixture(scope="module")
def catalogue(invoke) -> list[list[str]]:
    result = invoke("patterns", "list")
    assert result.exit_code == 0
    return [line.split("\t") for line in lines(result.stdout)]


def test_patterns_list_header(catalogue):
    assert catalogue[0] == ["id", "中文名", "unit", "pack", "rules"]


@pytest.mark.parametrize("indicator", INDICATOR_IDS)
def test_patterns_list_has_indicator(catalogue, indicator):
    assert indicator in [row[0] for row in catalogue[1:]]


def test_patterns_list_markdown(invoke):
    result = invoke("patterns", "list", "--markdown")
    assert result.exit_code == 0
    assert "| `court_appearances` | 负责人出庭应诉次数 |" in result.stdout


def test_patterns_test_passes(invoke):
    result = invoke("patterns", "test")
    assert re.fullmatch(r"\d+ passed, 0 failed", result.stdout.rstrip("\n").split("\n")[-1]), (
        result.stdout
    )
    assert result.exit_code == 0


def test_patterns_test_unknown_pack_exits_2(invoke):
    result = invoke("patterns", "test", "no_such_pack")
    assert result.exit_code == 2
    assert "no pack named 'no_such_pack'" in result.stderr


# --- jobs, save-text, manifest -------------------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory, seeds_dir) -> Path:
    """The seeds copied five times: 25 files in five folders."""
    root = tmp_path_factory.mktemp("many")
    for i in range(5):
        shutil.copytree(seeds_dir, root / f"copy{i}")
    return root


@pytest.mark.parametrize("table", ["--records", "--mentions", "--wide"])
def test_jobs_1_and_2_give_identical_bytes(many, tmp_path, invoke, table):
    one, two = tmp_path / "j1.csv", tmp_path / "j2.csv"
    assert invoke("extract", many, table, "--jobs", "1", "-o", one).exit_code == 0
    assert invoke("extract", many, table, "--jobs", "2", "-o", two).exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_jobs_2_reads_every_file(many, tmp_path, invoke, seeds_mentions):
    out = tmp_path / "m.csv"
    assert invoke("extract", many, "--mentions", "--jobs", "2", "-o", out).exit_code == 0
    rows = read_csv(out)
    assert len({r["source"] for r in rows}) == 25
    assert len(rows) == 5 * len(seeds_mentions)


@pytest.fixture
def save_text_run(tmp_path, monkeypatch, seeds_dir, invoke):
    """Seeds 000 and 001 as UTF-8 and seed 002 as GB18030, extracted with --save-text."""
    monkeypatch.chdir(tmp_path)
    seeds = sorted(seeds_dir.glob("*.txt"))
    shutil.copy(seeds[0], "a.txt")
    shutil.copy(seeds[1], "b.txt")
    Path("c.txt").write_bytes(seeds[2].read_text(encoding="utf-8").encode("gb18030"))
    result = invoke("extract", "a.txt", "b.txt", "c.txt", "--mentions", "-o", "m.csv",
                    "--save-text", "texts")  # fmt: skip
    assert result.exit_code == 0
    texts = {"a.txt": seeds[0], "b.txt": seeds[1], "c.txt": seeds[2]}
    return texts, read_csv(Path("m.csv"))


def saved_text(source: str) -> str:
    (path,) = [p for p in Path("texts").iterdir() if p.name.startswith(Path(source).name)]
    return path.read_text(encoding="utf-8")


def test_save_text_writes_one_file_per_input(save_text_run):
    assert len(list(Path("texts").iterdir())) == 3


@pytest.mark.parametrize("name", ["a.txt", "b.txt", "c.txt"])
def test_save_text_holds_the_decoded_text(save_text_run, name):
    texts, _ = save_text_run
    assert saved_text(name) == texts[name].read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["a.txt", "b.txt", "c.txt"])
def test_save_text_is_what_the_offsets_index(save_text_run, name):
    _, mentions = save_text_run
    mine = [m for m in mentions if m["source"] == name]
    assert mine
    text = saved_text(name)
    bad = [m for m in mine if text[int(m["start"]) : int(m["end"])] not in m["evidence"]]
    assert bad == []


def test_save_text_keeps_inputs_with_the_same_name_apart(tmp_path, monkeypatch, invoke):
    monkeypatch.chdir(tmp_path)
    for folder, year in (("x", 2022), ("y", 2023)):
        Path(folder).mkdir()
        Path(folder, "report.txt").write_text(
            f"沙坪坝区{year}年法治政府建设情况报告\n全区调解矛盾纠纷17{year % 10}件。\n",
            encoding="utf-8",
        )
    assert invoke("extract", "x", "y", "--save-text", "texts", "-q").exit_code == 0
    assert len(list(Path("texts").iterdir())) == 2


def test_manifest_overrides_year(tmp_path, monkeypatch, seeds_dir, invoke):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, SEED_001)  # the text says 2020
    Path("manifest.csv").write_text(f"file,district,year\n{SEED_001},沙坪坝区,2019\n", "utf-8")
    result = invoke("extract", SEED_001, "--manifest", "manifest.csv", "-o", "out.csv")
    assert result.exit_code == 0
    rows = read_csv(Path("out.csv"))
    assert rows
    assert {(r["district"], r["year"], r["year_source"]) for r in rows} == {
        ("沙坪坝区", "2019", "manifest")
    }


def test_manifest_without_the_file_leaves_the_text_year(tmp_path, monkeypatch, seeds_dir, invoke):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, SEED_001)
    Path("manifest.csv").write_text("file,district,year\nother.txt,和平区,2019\n", "utf-8")
    assert invoke("extract", SEED_001, "--manifest", "manifest.csv", "-o", "o.csv").exit_code == 0
    assert {(r["year"], r["year_source"]) for r in read_csv(Path("o.csv"))} == {("2020", "text")}


@pytest.mark.parametrize("year", ["20x0", "1066", "2023.0"])
def test_manifest_bad_year_exits_2(tmp_path, monkeypatch, seeds_dir, invoke, year):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, SEED_001)
    Path("manifest.csv").write_text(
        f"file,district,year\n{SEED_001},沙坪坝区,2020\nx.txt,和平区,{year}\n", "utf-8"
    )
    result = invoke("extract", SEED_001, "--manifest", "manifest.csv", "-o", "out.csv")
    assert result.exit_code == 2
    assert lines(result.stderr)[-1] == f"Error: manifest.csv:3: bad year '{year}' for x.txt"
    assert not Path("out.csv").exists()


def test_manifest_without_file_column_exits_2(tmp_path, monkeypatch, seeds_dir, invoke):
    monkeypatch.chdir(tmp_path)
    shutil.copy(seeds_dir / SEED_001, SEED_001)
    Path("manifest.csv").write_text("name,district,year\nx.txt,和平区,2020\n", "utf-8")
    result = invoke("extract", SEED_001, "--manifest", "manifest.csv")
    assert result.exit_code == 2
    assert lines(result.stderr)[-1] == "Error: manifest.csv:1: manifest has no `file` column"

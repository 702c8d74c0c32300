"""``lawgov eval``: figures on the seeds, agreement with ``shared/tools/score.py``, gold errors.

The seed gold is ``tests/data/seeds_gold.jsonl`` (a copy of ``shared/gold/seeds.jsonl``), so
only the agreement checks need ``../shared``; they skip when it is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIGURES = ("tp", "fp", "fn")


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_gold(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def run_eval(invoke, gold: Path, corpus: Path, *options: str) -> dict:
    result = invoke("eval", gold, corpus, "--json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def totals(report: dict) -> dict[str, int]:
    return {k: report[k] for k in FIGURES}


def made_up(gold_row: dict) -> dict:
    """A gold row no extractor can satisfy: a value the report never states."""
    return {**gold_row, "value": 987654321, "value_before": None, "evidence": "made up"}


@pytest.fixture(scope="module")
def seeds_report(invoke, seeds_gold, seeds_dir) -> dict:
    return run_eval(invoke, seeds_gold, seeds_dir)


# --- the figures on the seeds --------------------------------------------------------------


def test_eval_json_key_order(seeds_report):
    wanted = ["precision", "recall", "f1", "per_indicator", "misses", "false_positives"]
    assert [k for k in seeds_report if k in wanted] == wanted


def test_eval_precision_on_the_seeds(seeds_report):
    assert seeds_report["precision"] >= 0.97


def test_eval_f1_on_the_seeds(seeds_report):
    assert seeds_report["f1"] >= 0.97


def test_eval_per_indicator_adds_up(seeds_report):
    per = seeds_report["per_indicator"].values()
    assert {k: sum(c[k] for c in per) for k in FIGURES} == totals(seeds_report)


def test_eval_misses_and_false_positives_are_listed(seeds_report):
    assert len(seeds_report["misses"]) == seeds_report["fn"]
    assert len(seeds_report["false_positives"]) == seeds_report["fp"]


def test_eval_table_output(invoke, seeds_gold, seeds_dir):
    result = invoke("eval", seeds_gold, seeds_dir)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith("precision ")


# --- agreement with score.py ---------------------------------------------------------------


def score_py(script: Path, gold: Path, mentions: Path, corpus: Path) -> dict:
    cmd = [sys.executable, str(script), str(gold), str(mentions), "--corpus", str(corpus), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(params=["seeds", "dev"])
def both_scores(request, shared, invoke, seeds_gold, seeds_dir, tmp_path) -> tuple[dict, dict]:
    """(lawgov eval --json, score.py --json) on the seeds or the shared dev corpus."""
    script = shared("tools/score.py")
    if request.param == "seeds":
        gold, corpus = seeds_gold, seeds_dir
    else:
        gold, corpus = shared("dev/gold.jsonl"), shared("dev/corpus")
    mentions = tmp_path / "m.csv"
    assert invoke("extract", corpus, "--mentions", "-o", mentions, "-q").exit_code in (0, 1)
    return run_eval(invoke, gold, corpus), score_py(script, gold, mentions, corpus)


def test_eval_totals_agree_with_score_py(both_scores):
    ours, theirs = both_scores
    assert totals(ours) == totals(theirs)


def test_eval_per_indicator_agrees_with_score_py(both_scores):
    ours, theirs = both_scores
    mine = {k: {f: c[f] for f in FIGURES} for k, c in ours["per_indicator"].items()}
    assert mine == theirs["per_indicator"]


# --- gold errors ---------------------------------------------------------------------------

GOOD = '{"file": "a.txt", "indicator": "mediation_cases", "value": 1727}'
BAD_GOLD = [
    ("malformed_json", [GOOD, '{"file": "a.txt", "indicator": '], 2, "not valid JSON: "),
    ("missing_value", [GOOD, GOOD, '{"file": "a.txt", "indicator": "x"}'], 3, "missing value"),
    ("missing_file", ['{"indicator": "x", "value": 1}'], 1, "missing file"),
    ("empty_line", [GOOD, "", GOOD], 2, "empty line (one JSON object per line)"),
    ("not_an_object", ["[1, 2, 3]"], 1, "expected a JSON object"),
    ("value_not_a_number", [GOOD.replace("1727", '"many"')], 1, "value 'many' is not a number"),
]


@pytest.mark.parametrize(
    ("case", "gold_lines", "line", "message"), BAD_GOLD, ids=[c[0] for c in BAD_GOLD]
)
def test_bad_gold_exits_2_naming_file_and_line(
    tmp_path, monkeypatch, seeds_dir, invoke, case, gold_lines, line, message
):
    monkeypatch.chdir(tmp_path)
    Path("gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    result = invoke("eval", "gold.jsonl", seeds_dir, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith(f"Error: gold.jsonl:{line}: {message}")


def test_empty_gold_file_exits_2(tmp_path, monkeypatch, seeds_dir, invoke):
    monkeypatch.chdir(tmp_path)
    Path("gold.jsonl").write_text("", encoding="utf-8")
    result = invoke("eval", "gold.jsonl", seeds_dir)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: gold.jsonl: the gold file has no rows"


# --- --min-f1 ------------------------------------------------------------------------------


@pytest.fixture
def unsatisfiable_gold(tmp_path, seeds_gold) -> Path:
    rows = load_gold(seeds_gold)
    return write_gold(tmp_path / "gold.jsonl", [*rows, made_up(rows[0])])


def test_made_up_gold_row_is_a_miss(invoke, unsatisfiable_gold, seeds_dir, seeds_report):
    report = run_eval(invoke, unsatisfiable_gold, seeds_dir)
    assert report["fn"] == seeds_report["fn"] + 1
    assert report["f1"] < 0.999


def test_min_f1_above_the_f1_exits_1(invoke, unsatisfiable_gold, seeds_dir):
    result = invoke("eval", unsatisfiable_gold, seeds_dir, "--json", "--min-f1", "0.999")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["f1"] < 0.999


def test_min_f1_below_the_f1_exits_0(invoke, unsatisfiable_gold, seeds_dir):
    result = invoke("eval", unsatisfiable_gold, seeds_dir, "--json", "--min-f1", "0.5")
    assert result.exit_code == 0


# --- optional gold rows --------------------------------------------------------------------


def test_unmatched_optional_row_counts_neither_way(invoke, tmp_path, seeds_gold, seeds_dir,
                                                   seeds_report):  # fmt: skip
    rows = load_gold(seeds_gold)
    gold = write_gold(tmp_path / "gold.jsonl", [*rows, {**made_up(rows[0]), "optional": True}])
    assert totals(run_eval(invoke, gold, seeds_dir)) == totals(seeds_report)


def test_matched_optional_row_counts_neither_way(invoke, tmp_path, seeds_gold, seeds_dir,
                                                 seeds_report):  # fmt: skip
    rows = load_gold(seeds_gold)
    missed = {(m["file"], m["indicator"], m["value"]) for m in seeds_report["misses"]}
    i = next(i for i, r in enumerate(rows) if (r["file"], r["indicator"], r["value"]) not in missed)
    rows[i] = {**rows[i], "optional": True}
    report = run_eval(invoke, write_gold(tmp_path / "gold.jsonl", rows), seeds_dir)
    expected = {**totals(seeds_report), "tp": seeds_report["tp"] - 1}
    assert totals(report) == expected

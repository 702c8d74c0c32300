"""``lawgov eval``: precision, recall and F1 of extraction against a gold file.

The matching is the one ``shared/tools/score.py`` uses, so both tools agree:
a mention matches a gold row by file name, indicator and value rounded to two
decimals (and ``value_before`` where the gold row has one); ``optional`` gold
rows count neither way; each gold row takes at most one mention. Every file
that was extracted counts (like ``score.py --corpus``): a mention in a file
without gold is a false positive.

Gold format: JSON Lines, one mention per line::

    {"file": "r023.txt", "indicator": "reconsideration_cases", "value": 1113,
     "value_before": null, "unit": "件", "qualifier": "exact",
     "evidence": "区政府共收到行政复议申请1113件", "optional": false}

``file``, ``indicator`` and ``value`` are required; the rest is optional.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .errors import GoldError, InputError
from .packs import PackSet

REQUIRED = ("file", "indicator", "value")


@dataclass(frozen=True)
class GoldRow:
    file: str
    indicator: str
    value: float | None
    value_before: float | None
    optional: bool
    evidence: str = ""


@dataclass(frozen=True)
class Predicted:
    file: str
    indicator: str
    value: float | None
    value_before: float | None
    evidence: str = ""
    rule: str = ""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    per_indicator: dict[str, Counts] = field(default_factory=dict)
    misses: list[GoldRow] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        c = Counts()
        for v in self.per_indicator.values():
            c.tp, c.fp, c.fn = c.tp + v.tp, c.fp + v.fp, c.fn + v.fn
        return c

    @property
    def f1(self) -> float:
        return self.total.f1


def _num(x: object) -> float | None:
    if x is None or x == "":
        return None
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else round(v, 2)


def load_gold(path: Path) -> list[GoldRow]:
    """Read a gold JSONL file; a missing or malformed line stops with its number."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            raise GoldError(f"{path}:{n}: empty line (one JSON object per line)")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not valid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise GoldError(f"{path}:{n}: expected a JSON object")
        missing = [k for k in REQUIRED if k not in obj]
        if missing:
            raise GoldError(f"{path}:{n}: missing {', '.join(missing)}")
        if _num(obj["value"]) is None:
            raise GoldError(f"{path}:{n}: value {obj['value']!r} is not a number")
        rows.append(
            GoldRow(
                file=str(obj["file"]),
                indicator=str(obj["indicator"]),
                value=_num(obj["value"]),
                value_before=_num(obj.get("value_before")),
                optional=bool(obj.get("optional")),
                evidence=str(obj.get("evidence", "")),
            )
        )
    if not rows:
        raise GoldError(f"{path}: the gold file has no rows")
    return rows


def score(
    gold: list[GoldRow], predicted: Iterable[Predicted], files: Iterable[str], known: set[str]
) -> EvalReport:
    """Match predictions to gold exactly as ``score.py --corpus`` does."""
    scored = {g.file for g in gold} | set(files)
    golds: dict[tuple[str, str], list[GoldRow]] = defaultdict(list)
    for g in gold:
        golds[(g.file, g.indicator)].append(g)
    preds: dict[tuple[str, str], list[Predicted]] = defaultdict(list)
    for p in predicted:
        if p.file in scored and p.indicator in known:
            preds[(p.file, p.indicator)].append(p)
    report = EvalReport()
    for key in sorted(set(golds) | set(preds)):
        counts = report.per_indicator.setdefault(key[1], Counts())
        left = list(preds.get(key, []))
        # strictest gold first: required with value_before, required, then optional
        for g in sorted(golds.get(key, []), key=lambda g: (g.optional, g.value_before is None)):
            hit = next(
                (
                    p
                    for p in left
                    if p.value == g.value
                    and (g.value_before is None or p.value_before == g.value_before)
                ),
                None,
            )
            if hit is not None:
                left.remove(hit)
                counts.tp += not g.optional
            elif not g.optional:
                counts.fn += 1
                report.misses.append(g)
        counts.fp += len(left)
        report.false_positives += left
    report.per_indicator = dict(sorted(report.per_indicator.items()))
    return report


def evaluate_paths(
    gold_path: Path,
    paths: Iterable[str | Path],
    *,
    packs: PackSet,
    patterns: tuple[str, ...] = (),
    jobs: int = 1,
) -> EvalReport:
    from .runner.run import start_run

    gold = load_gold(gold_path)
    run = start_run(paths, patterns=patterns, jobs=jobs)
    failures: list[InputError] = []
    predicted: list[Predicted] = []
    for result in run.results():
        if isinstance(result, InputError):
            failures.append(result)
            continue
        name = PurePath(result.source).name
        predicted += [
            Predicted(name, m.indicator, _num(m.value), _num(m.value_before), m.evidence, m.rule)
            for m in result.mentions
        ]
    report = score(gold, predicted, [f.name for f in run.files], set(packs.indicators))
    report.failures = failures
    return report


def render_json(report: EvalReport) -> str:
    t = report.total
    out = {
        "precision": t.precision,
        "recall": t.recall,
        "f1": t.f1,
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "per_indicator": {
            k: {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
            }
            for k, c in report.per_indicator.items()
        },
        "misses": [
            {
                "file": g.file,
                "indicator": g.indicator,
                "value": g.value,
                "value_before": g.value_before,
                "evidence": g.evidence,
            }
            for g in report.misses
        ],
        "false_positives": [
            {
                "file": p.file,
                "indicator": p.indicator,
                "value": p.value,
                "value_before": p.value_before,
                "evidence": p.evidence,
                "rule": p.rule,
            }
            for p in report.false_positives
        ],
        "failures": [
            {"file": e.path, "stage": e.stage, "reason": e.reason} for e in report.failures
        ],
    }
    return json.dumps(out, ensure_ascii=False, indent=1)


def render_table(report: EvalReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="lawgov eval")
    for col in ("indicator", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "indicator" else "right")
    for ind, c in report.per_indicator.items():
        table.add_row(
            ind,
            str(c.tp),
            str(c.fp),
            str(c.fn),
            # "-" where nothing was found or expected (only optional gold rows, say).
            f"{c.precision:.2f}" if c.tp + c.fp else "-",
            f"{c.recall:.2f}" if c.tp + c.fn else "-",
            f"{c.f1:.2f}" if c.tp + c.fp and c.tp + c.fn else "-",
        )
    console.print(table)
    for g in report.misses:
        console.print(
            f"[yellow]missed[/] {g.file} {g.indicator} {g.value:g}  {g.evidence}",
            highlight=False,
            soft_wrap=True,
        )
    for p in report.false_positives:
        console.print(
            f"[red]extra[/]  {p.file} {p.indicator} {p.value:g} [{p.rule}]  {p.evidence}",
            highlight=False,
            soft_wrap=True,
        )
    for e in report.failures:
        console.print(f"[red]failed[/] {e}", highlight=False, soft_wrap=True)
    t = report.total
    console.print(
        f"precision {t.precision:.3f} recall {t.recall:.3f} f1 {t.f1:.3f} "
        f"(tp {t.tp} fp {t.fp} fn {t.fn})",
        highlight=False,
    )

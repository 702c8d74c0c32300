"""From mentions to the district-year table (one row per district, year, indicator).

When one report states an indicator more than once, the record takes the
statement about the report's own year and the most general one (全年, 全区,
共计...), never an average; the other disagreeing values go to ``conflict``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from .mentions import MULTI_YEAR, Mention
from .metadata import ReportMeta
from .packs import Indicator

_GENERAL = regex.compile(r"全年|全[区县市省镇旗州盟]|全街道|总计|合计|共计?|累计|总数")
_SUBSET = regex.compile(r"其中|包括|含")


@dataclass(frozen=True)
class Record:
    district: str
    city: str
    province: str
    adcode: str
    year: int | None
    year_source: str
    indicator: str
    indicator_name: str
    value: Decimal
    value_before: Decimal | None
    unit: str
    qualifier: str
    n_mentions: int
    evidence: str
    source: str
    start: int
    end: int
    conflict: str
    warnings: str


def _generality(m: Mention) -> int:
    """Higher for statements about the whole government and year, lower for subsets."""
    head = m.evidence[: max(m.start - m.sentence_start, 0)]
    score = 1 if _GENERAL.search(m.evidence) else 0
    if _SUBSET.search(head):
        score -= 2
    return score


def _candidates(mentions: list[Mention], year: int | None) -> list[Mention]:
    if year is None:
        return [m for m in mentions if m.period != MULTI_YEAR] or mentions
    own = [m for m in mentions if m.period in (str(year), "")]
    return own


def records_for_report(
    meta: ReportMeta, mentions: Iterable[Mention], indicators: dict[str, Indicator]
) -> list[Record]:
    """One record per indicator stated about the report's own year."""
    by_indicator: dict[str, list[Mention]] = {}
    for m in mentions:
        by_indicator.setdefault(m.indicator, []).append(m)
    records = []
    for ind, ms in by_indicator.items():
        candidates = _candidates(ms, meta.year)
        if not candidates:
            continue
        # max() keeps the first of equals: the earliest statement in the text.
        best = max(candidates, key=_generality)
        others = sorted({m.value for m in candidates} - {best.value})
        indicator = indicators.get(ind)
        records.append(
            Record(
                district=meta.district,
                city=meta.city,
                province=meta.province,
                adcode=meta.adcode,
                year=meta.year,
                year_source=meta.year_source,
                indicator=ind,
                indicator_name=indicator.name if indicator else "",
                value=best.value,
                value_before=best.value_before,
                unit=best.unit,
                qualifier=best.qualifier,
                n_mentions=len(ms),
                evidence=best.evidence,
                source=best.source,
                start=best.start,
                end=best.end,
                conflict="; ".join(str(v) for v in others),
                warnings=best.warnings,
            )
        )
    order = list(indicators)
    records.sort(key=lambda r: order.index(r.indicator) if r.indicator in order else len(order))
    return records


def merge_records(records: Iterable[Record]) -> Iterator[Record]:
    """Merge records of one district-year stated by several reports (first report wins).

    Records without a district stay per report: two unknown places are not one.
    """
    merged: dict[tuple, Record] = {}
    for r in records:
        key = (r.district, r.adcode, r.year, r.indicator) if r.district else (r.source, r.indicator)
        first = merged.get(key)
        if first is None:
            merged[key] = r
            continue
        conflict = [c for c in first.conflict.split("; ") if c]
        if r.value != first.value and str(r.value) not in conflict:
            conflict.append(f"{r.value} ({r.source})")
        merged[key] = replace(
            first, n_mentions=first.n_mentions + r.n_mentions, conflict="; ".join(conflict)
        )
    yield from merged.values()

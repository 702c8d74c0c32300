"""The three output tables: their columns, and a mention or record as a row.

Columns carry their type so that every writer keeps it: Parquet stores a float
``value`` and an integer ``year``; CSV writes the exact decimal text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from .datatypes import Mention, Record, ReportMeta
from .table import district_year_key


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "str" | "float" | "int"


def _cols(spec: str) -> tuple[Column, ...]:
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Column(name, kind or "str"))
    return tuple(out)


RECORD_COLUMNS = _cols(
    "district city province adcode year:int year_source indicator indicator_name "
    "value:float value_before:float unit qualifier n_mentions:int evidence source "
    "start:int end:int conflict warnings"
)
MENTION_COLUMNS = _cols(
    "source district city province adcode year:int indicator value:float "
    "value_before:float unit qualifier period evidence start:int end:int rule warnings"
)
_MENTION_NAMES = [c.name for c in MENTION_COLUMNS]
WIDE_KEYS = _cols("district city province adcode year:int")


def wide_columns(indicators: Iterable[str]) -> tuple[Column, ...]:
    return WIDE_KEYS + tuple(Column(i, "float") for i in indicators)


def mention_cells(meta: ReportMeta, m: Mention) -> tuple:
    """A mention's row as cells in MENTION_COLUMNS order."""
    return (
        m.source,
        meta.district,
        meta.city,
        meta.province,
        meta.adcode,
        meta.year,
        m.indicator,
        m.value,
        m.value_before,
        m.unit,
        m.qualifier,
        m.period,
        m.evidence,
        m.start,
        m.end,
        m.rule,
        m.warnings,
    )


def mention_row(meta: ReportMeta, m: Mention) -> dict[str, object]:
    return dict(zip(_MENTION_NAMES, mention_cells(meta, m), strict=True))


def record_row(r: Record) -> dict[str, object]:
    # RECORD_COLUMNS are Record's fields, in order (a test checks it): a copy of its __dict__.
    return dict(vars(r))


def wide_rows(merged: Iterable[Record]) -> Iterator[dict[str, object]]:
    """One row per district-year (per report where the district is unknown).

    ``merged`` comes grouped by district-year, as merge_records and RecordStore give it.
    """
    for _, group in groupby(merged, key=district_year_key):
        row: dict[str, object] = {}
        for r in group:
            if not row:
                row = {k.name: getattr(r, k.name) for k in WIDE_KEYS}
            row.setdefault(r.indicator, r.value)
        yield row


def format_value(value: object) -> str:
    """The text a CSV cell holds: exact decimals, empty for missing.

    >>> format_value(Decimal("41397284")), format_value(None), format_value(2023)
    ('41397284', '', '2023')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)

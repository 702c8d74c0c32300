"""The three output tables built from report results as they come, for a writer or DataFrames.

Per report, :meth:`TableBuilder.digest` (run in the worker process) keeps what the table needs
of it; the main process hands the digests to :meth:`TableBuilder.add` in input order. Mentions
are rows at once; the district-year tables merge records across reports, so their records wait
in the spill (:class:`~.spill.RecordStore`) until :meth:`TableBuilder.finish`. Rows are tuples
of cells in the table's column order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

from ..datatypes import ReportResult
from ..packs import Indicator
from ..rows import MENTION_COLUMNS, RECORD_COLUMNS, Column, mention_cells, wide_columns, wide_rows
from ..table import records_for_report
from .spill import RecordStore, encode

Table = Literal["records", "mentions", "wide"]
TABLES: tuple[Table, ...] = ("records", "mentions", "wide")


@dataclass(frozen=True)
class Digest:
    """What a table keeps of one report, made in the worker process."""

    mentions: Counter[str]
    warnings: int
    rows: list  # mention rows, or encoded records for the RecordStore


def digest_report(
    result: ReportResult, *, table: Table, indicators: dict[str, Indicator]
) -> Digest:
    if table == "mentions":
        rows: list = [mention_cells(result.meta, m) for m in result.mentions]
    else:
        rows = encode(records_for_report(result.meta, result.mentions, indicators))
    return Digest(
        mentions=Counter(m.indicator for m in result.mentions),
        warnings=sum(1 for m in result.mentions if m.warnings),
        rows=rows,
    )


class TableBuilder:
    """One table's rows: ``add`` each report's digest, then ``finish``; ``close`` at the end.

    ``folder`` holds the spill's temporary file (the system's temporary folder when None).
    """

    def __init__(
        self, table: Table, indicators: dict[str, Indicator], folder: Path | None = None
    ) -> None:
        self.table = table
        self.columns: tuple[Column, ...] = {
            "records": RECORD_COLUMNS,
            "mentions": MENTION_COLUMNS,
            "wide": wide_columns(indicators),
        }[table]
        self.digest = partial(digest_report, table=table, indicators=indicators)
        # Only the district-year tables need the on-disk store; mentions stream straight out.
        self.store = RecordStore(folder) if table != "mentions" else None

    def add(self, digest: Digest) -> list[Sequence[object]]:
        """Take one report's digest; return the rows it completes (its mentions)."""
        if self.store is None:
            return digest.rows
        self.store.add_encoded(digest.rows)
        return []

    def finish(self) -> Iterator[Sequence[object]]:
        """The rows that waited for every report: the district-year tables, merged."""
        if self.store is None:
            return iter(())
        if self.table == "records":
            return self.store.merged_cells()  # a record's fields are the table's columns
        names = [c.name for c in self.columns]
        return (tuple(row.get(n) for n in names) for row in wide_rows(self.store.merged()))

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def __enter__(self) -> TableBuilder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

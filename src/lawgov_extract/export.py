"""Batch extraction into one of the three tables, written as results arrive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .batch import BatchOptions, run_files
from .errors import InputError
from .packs import PackSet
from .pipeline import ReportResult
from .rows import (
    MENTION_COLUMNS,
    RECORD_COLUMNS,
    mention_row,
    record_row,
    wide_columns,
    wide_rows,
)
from .table import Record, merge_records, records_for_report
from .writers import open_writer

TABLES = ("records", "mentions", "wide")


@dataclass
class RunSummary:
    files_read: int = 0
    failures: list[InputError] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    warnings: int = 0
    rows_written: int = 0


class StrictStop(Exception):
    """--strict: the first failed input ends the run."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def export(
    files: list[Path],
    *,
    packs: PackSet,
    options: BatchOptions,
    out: Path | None,
    table: str = "records",
    strict: bool = False,
    on_result: Callable[[ReportResult | InputError], None] | None = None,
) -> RunSummary:
    """Extract ``files`` and write ``table`` to ``out`` (CSV on stdout when None)."""
    summary = RunSummary()
    columns = {
        "records": RECORD_COLUMNS,
        "mentions": MENTION_COLUMNS,
        "wide": wide_columns(packs.indicators),
    }[table]
    writer = open_writer(out, columns)
    records: list[Record] = []
    try:
        for result in run_files(files, options):
            if on_result is not None:
                on_result(result)
            if isinstance(result, InputError):
                summary.failures.append(result)
                if strict:
                    raise StrictStop(result)
                continue
            summary.files_read += 1
            summary.mentions.update(m.indicator for m in result.mentions)
            summary.warnings += sum(1 for m in result.mentions if m.warnings)
            if table == "mentions":
                rows = [mention_row(result.meta, m) for m in result.mentions]
                writer.write_rows(rows)
                summary.rows_written += len(rows)
            else:
                records += records_for_report(result.meta, result.mentions, packs.indicators)
        merged = list(merge_records(records))
        if table == "records":
            rows = [record_row(r) for r in merged]
        elif table == "wide":
            rows = wide_rows(merged, packs.indicators)
        else:
            rows = []
        writer.write_rows(rows)
        summary.rows_written += len(rows)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return summary

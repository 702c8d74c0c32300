"""Batch extraction into one of the three tables, written as results arrive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .datatypes import ReportResult
from .errors import InputError
from .packs import Indicator, PackSet
from .rows import (
    MENTION_COLUMNS,
    RECORD_COLUMNS,
    mention_row,
    wide_columns,
    wide_rows,
)
from .runner.run import BatchOptions, run_files
from .runner.spill import RecordStore, encode
from .table import records_for_report
from .writers import open_writer

BATCH = 2000  # rows per write: one Parquet row group, bounded memory


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


def batched(items: Iterable, size: int) -> Iterator[tuple]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


@dataclass(frozen=True)
class Digest:
    """What the writer keeps of one report, made in the worker process."""

    mentions: Counter[str]
    warnings: int
    rows: list[dict[str, object]]  # mention rows, or encoded records for the RecordStore


def digest_report(result: ReportResult, *, table: str, indicators: dict[str, Indicator]) -> Digest:
    if table == "mentions":
        rows: list = [mention_row(result.meta, m) for m in result.mentions]
    else:
        rows = encode(records_for_report(result.meta, result.mentions, indicators))
    return Digest(
        mentions=Counter(m.indicator for m in result.mentions),
        warnings=sum(1 for m in result.mentions if m.warnings),
        rows=rows,
    )


def export(
    files: list[Path],
    *,
    packs: PackSet,
    options: BatchOptions,
    out: Path | None,
    table: str = "records",
    strict: bool = False,
    on_result: Callable[[Digest | InputError], None] | None = None,
) -> RunSummary:
    """Extract ``files`` and write ``table`` to ``out`` (CSV on stdout when None)."""
    summary = RunSummary()
    columns = {
        "records": RECORD_COLUMNS,
        "mentions": MENTION_COLUMNS,
        "wide": wide_columns(packs.indicators),
    }[table]
    writer = open_writer(out, columns)
    # Only the district-year tables need the on-disk store; mentions stream straight out.
    store = RecordStore(out.parent if out is not None else None) if table != "mentions" else None
    pending: list[dict[str, object]] = []
    try:
        digest = partial(digest_report, table=table, indicators=packs.indicators)
        for n, result in enumerate(run_files(files, options, digest)):
            if n == 0:
                writer.warm_up()
            if on_result is not None:
                on_result(result)
            if isinstance(result, InputError):
                summary.failures.append(result)
                if strict:
                    raise StrictStop(result)
                continue
            summary.files_read += 1
            summary.mentions.update(result.mentions)
            summary.warnings += result.warnings
            if table == "mentions":
                pending += result.rows
                if len(pending) >= BATCH:
                    writer.write_rows(pending)
                    summary.rows_written += len(pending)
                    pending = []
            elif store is not None:
                store.add_encoded(result.rows)
        writer.write_rows(pending)
        summary.rows_written += len(pending)
        if store is not None:
            # Records go to the writer as their fields' values (RECORD_COLUMNS order).
            if table == "records":
                rows, write = store.merged_cells(), writer.write_tuples
            else:
                rows, write = wide_rows(store.merged()), writer.write_rows
            for batch in batched(rows, BATCH):
                write(list(batch))
                summary.rows_written += len(batch)
    except BaseException:
        writer.abort()
        raise
    finally:
        if store is not None:
            store.close()
    writer.close()
    return summary

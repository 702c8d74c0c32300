"""A run written as one of the three tables, row batch by row batch as results arrive."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .runner.run import Run
from .runner.tables import Digest, Table, TableBuilder
from .writers import TableWriter, open_writer

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


def export(
    run: Run,
    *,
    out: Path | None,
    table: Table = "records",
    strict: bool = False,
    on_result: Callable[[Digest | InputError], None] | None = None,
) -> RunSummary:
    """Extract the run's files and write ``table`` to ``out`` (CSV on stdout when None).

    The output is opened when the first report is read, so a run stopped (``strict``)
    before that leaves none.
    """
    summary = RunSummary()
    writer: TableWriter | None = None
    pending: list = []
    builder = TableBuilder(table, run.packs.indicators, out.parent if out is not None else None)
    try:
        for result in run.results(builder.digest):
            if on_result is not None:
                on_result(result)
            if isinstance(result, InputError):
                summary.failures.append(result)
                if strict:
                    raise StrictStop(result)
                continue
            if writer is None:
                writer = open_writer(out, builder.columns)
                writer.warm_up()
            summary.files_read += 1
            summary.mentions.update(result.mentions)
            summary.warnings += result.warnings
            pending += builder.add(result)
            if len(pending) >= BATCH:
                writer.write_tuples(pending)
                summary.rows_written += len(pending)
                pending = []
        if writer is None:
            writer = open_writer(out, builder.columns)
        for rows in (pending, *batched(builder.finish(), BATCH)):
            writer.write_tuples(list(rows))
            summary.rows_written += len(rows)
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        builder.close()
    writer.close()
    return summary

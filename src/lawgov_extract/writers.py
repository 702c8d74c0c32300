"""Table writers: CSV, Parquet and JSON Lines, written incrementally and atomically.

Each writer writes to a temporary file beside the target and renames it into
place only on :meth:`close`; an interrupted or failed run leaves any previous
output untouched and no half-written file behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path
from typing import IO, Protocol

from .rows import Column, format_value

FORMATS = {".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl"}


class TableWriter(Protocol):
    """``write_rows`` takes rows as dicts by column name; ``write_tuples`` takes them as tuples
    of cells in column order, which is what the writers work on (no dict per row)."""

    def warm_up(self) -> None: ...
    def write_rows(self, rows: list[dict[str, object]]) -> None: ...
    def write_tuples(self, rows: list[Sequence[object]]) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class AtomicFile:
    """A temporary file in the target's folder, renamed over the target on commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path(".")
        )
        os.close(fd)
        self.tmp = Path(name)

    def commit(self) -> None:
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.tmp.unlink()


class CsvWriter:
    """CSV; a file gets a UTF-8 BOM so Excel and WPS open it with Chinese intact."""

    def __init__(self, columns: tuple[Column, ...], path: Path | None) -> None:
        self.columns = columns
        self.atomic = AtomicFile(path) if path is not None else None
        self.stream: IO[str]
        if self.atomic is not None:
            self.stream = self.atomic.tmp.open("w", encoding="utf-8-sig", newline="")
        else:
            self.stream = io.TextIOWrapper(
                sys.stdout.buffer, encoding="utf-8", newline="", write_through=True
            )
        self.csv = csv.writer(self.stream)
        self.csv.writerow([c.name for c in columns])

    def warm_up(self) -> None:
        pass

    def write_rows(self, rows: list[dict[str, object]]) -> None:
        self.write_tuples(_as_tuples(rows, self.columns))

    def write_tuples(self, rows: list[Sequence[object]]) -> None:
        self.csv.writerows([list(map(format_value, row)) for row in rows])

    def close(self) -> None:
        self.stream.flush()
        if self.atomic is None:
            self.stream.detach()  # leave sys.stdout usable
            return
        self.stream.close()
        self.atomic.commit()

    def abort(self) -> None:
        if self.atomic is None:
            self.stream.flush()
            self.stream.detach()
            return
        self.stream.close()
        self.atomic.discard()


class JsonlWriter:
    def __init__(self, columns: tuple[Column, ...], path: Path) -> None:
        self.columns = columns
        self.atomic = AtomicFile(path)
        self.stream = self.atomic.tmp.open("w", encoding="utf-8")

    def warm_up(self) -> None:
        pass

    def write_rows(self, rows: list[dict[str, object]]) -> None:
        self.write_tuples(_as_tuples(rows, self.columns))

    def write_tuples(self, rows: list[Sequence[object]]) -> None:
        names = [c.name for c in self.columns]
        cells = [
            _column(values, c.type)
            for c, values in zip(self.columns, _transpose(rows, self.columns), strict=True)
        ]
        for values in zip(*cells, strict=True):
            record = dict(zip(names, values, strict=True))
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.close()
        self.atomic.commit()

    def abort(self) -> None:
        self.stream.close()
        self.atomic.discard()


class ParquetWriter:
    """Parquet with real types, one row group per batch so memory stays flat."""

    def __init__(self, columns: tuple[Column, ...], path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.columns = columns
        kinds = {"str": pa.string(), "float": pa.float64(), "int": pa.int64()}
        self.schema = pa.schema([(c.name, kinds[c.type]) for c in columns])
        self.atomic = AtomicFile(path)
        self.writer = pq.ParquetWriter(str(self.atomic.tmp), self.schema)

    def warm_up(self) -> None:
        """Make an empty table: pyarrow's one-off set-up for Python values (it imports pandas,
        0.3 s), done while worker processes extract instead of after them."""
        self.pa.Table.from_pydict({c.name: [] for c in self.columns}, schema=self.schema)

    def write_rows(self, rows: list[dict[str, object]]) -> None:
        self.write_tuples(_as_tuples(rows, self.columns))

    def write_tuples(self, rows: list[Sequence[object]]) -> None:
        if not rows:
            return
        arrays = {
            c.name: _column(values, c.type)
            for c, values in zip(self.columns, _transpose(rows, self.columns), strict=True)
        }
        self.writer.write_table(self.pa.Table.from_pydict(arrays, schema=self.schema))

    def close(self) -> None:
        self.writer.close()
        self.atomic.commit()

    def abort(self) -> None:
        self.writer.close()
        self.atomic.discard()


def _as_tuples(rows: list[dict[str, object]], columns: tuple[Column, ...]) -> list[tuple]:
    """Rows as tuples of cells in column order; a row without a column's key has None there.

    >>> from .rows import Column
    >>> _as_tuples([{"a": 1, "b": 2}, {"a": 3}], (Column("a", "int"), Column("b", "int")))
    [(1, 2), (3, None)]
    """
    names = [c.name for c in columns]
    if len(names) == 1:  # itemgetter of one name gives the cell, not a tuple
        return [(r.get(names[0]),) for r in rows]
    try:  # the common case, every row has every column: in C
        return list(map(itemgetter(*names), rows))
    except KeyError:  # wide rows leave out the indicators a district does not state
        return [tuple(r.get(name) for name in names) for r in rows]


def _transpose(rows: list[Sequence[object]], columns: tuple[Column, ...]) -> list[tuple]:
    """Cells by row -> by column (as many as there are columns, rows or none)."""
    return list(zip(*rows, strict=True)) if rows else [() for _ in columns]


def _column(values: Sequence[object], kind: str) -> list[object]:
    """One column's cells as Parquet takes them: empty text is a null number.

    >>> from decimal import Decimal
    >>> _column([Decimal("99.5"), None, ""], "float"), _column([2023, ""], "int")
    ([99.5, None, None], [2023, None])
    """
    if kind == "float":
        return [None if v is None or v == "" else float(v) for v in values]  # type: ignore[arg-type]
    if kind == "int":
        return [None if v is None or v == "" else int(v) for v in values]  # type: ignore[call-overload]
    return ["" if v is None else str(v) for v in values]


def open_writer(path: Path | None, columns: tuple[Column, ...]) -> TableWriter:
    """A writer for ``path`` by its suffix; ``None`` means CSV on stdout."""
    if path is None:
        return CsvWriter(columns, None)
    kind = FORMATS.get(path.suffix.lower())
    if kind == "csv":
        return CsvWriter(columns, path)
    if kind == "jsonl":
        return JsonlWriter(columns, path)
    if kind == "parquet":
        return ParquetWriter(columns, path)
    raise ValueError(f"{path}: unknown output format {path.suffix!r}; use .csv, .parquet or .jsonl")

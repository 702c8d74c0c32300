"""An on-disk store of district-year records, so a batch of 50,000 reports keeps flat memory.

Records arrive report by report; the table needs them merged per (district, year, indicator)
across reports. SQLite (stdlib) keeps them in a temporary file and hands them back grouped,
in order of first appearance, exactly as :func:`lawgov_extract.table.merge_records` does in
memory. District-years are numbered as they first appear, so reading back is one sort by two
integers.
"""

from __future__ import annotations

import marshal
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from decimal import Decimal
from itertools import groupby
from operator import attrgetter, itemgetter
from pathlib import Path

from ..datatypes import Record
from ..table import district_year_key, merge_group

_FIELDS = [f.name for f in fields(Record)]
_VALUES = attrgetter(*_FIELDS)
_VALUE, _BEFORE = _FIELDS.index("value"), _FIELDS.index("value_before")  # Decimals, as text


def _dump(r: Record) -> bytes:
    # marshal: twice as fast as JSON both ways, and the store is this process's own temp file.
    values = list(_VALUES(r))
    values[_VALUE] = str(values[_VALUE])
    if values[_BEFORE] is not None:
        values[_BEFORE] = str(values[_BEFORE])
    return marshal.dumps(values)


def _key(parts: tuple) -> str:
    # A unit separator cannot occur in place names or paths, so the join is unambiguous.
    return "\x1f".join("" if p is None else str(p) for p in parts)


def _cells(payload: bytes) -> list:
    """A record's fields in order, as :func:`_dump` was given them."""
    values = marshal.loads(payload)
    values[_VALUE] = Decimal(values[_VALUE])
    if values[_BEFORE] is not None:
        values[_BEFORE] = Decimal(values[_BEFORE])
    return values


def _load(payload: bytes) -> Record:
    return Record(*_cells(payload))


def _merge_payloads(payloads: list[bytes]) -> Record:
    # Most keys have one record (one report per district-year): those need no merge.
    return _load(payloads[0]) if len(payloads) == 1 else merge_group(map(_load, payloads))


def _merge_cells(payloads: list[bytes]) -> Sequence[object]:
    # A record needs making only to be merged.
    return _cells(payloads[0]) if len(payloads) == 1 else _VALUES(_merge_payloads(payloads))


def encode(records: Iterable[Record]) -> list[tuple[str, str, bytes]]:
    """Records as (district-year key, indicator, payload) rows for :class:`RecordStore`."""
    return [(_key(district_year_key(r)), r.indicator, _dump(r)) for r in records]


class RecordStore:
    """Add records as they come; read them back merged, grouped by district-year."""

    def __init__(self, folder: Path | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="lawgov-", dir=folder)
        self.db = sqlite3.connect(Path(self._dir.name) / "records.sqlite")
        self.db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE records (
                seq INTEGER PRIMARY KEY, dy INTEGER, indicator TEXT, payload BLOB
            );
            """
        )
        # District-year keys numbered in order of first appearance. In memory: one entry per
        # district-year (about 130 bytes; 20,000 for 50,000 reports), not per record.
        self._numbers: dict[str, int] = {}

    def add(self, records: Iterable[Record]) -> None:
        self.add_encoded(encode(records))

    def add_encoded(self, encoded: list[tuple[str, str, bytes]]) -> None:
        """Add records already turned into rows by :func:`encode` (in a worker process).

        SQLite numbers the rows in arrival order (row ids).
        """
        numbers = self._numbers
        self.db.executemany(
            "INSERT INTO records (dy, indicator, payload) VALUES (?, ?, ?)",
            [(numbers.setdefault(dy, len(numbers)), ind, payload) for dy, ind, payload in encoded],
        )

    def merged(self) -> Iterator[Record]:
        """Merged records, district-year by district-year, in order of first appearance."""
        return map(_merge_payloads, self._groups())

    def merged_cells(self) -> Iterator[Sequence[object]]:
        """What :meth:`merged` gives, each record as its fields' values in order: the rows of
        the records table for a writer's ``write_tuples``, without a Record or dict each."""
        return map(_merge_cells, self._groups())

    def _groups(self) -> Iterator[list[bytes]]:
        """Payloads by record key (district-year, indicator), in order of first appearance."""
        # An index built once at the end sorts only the two numbers, not the payloads with
        # them (50,000 reports: first record back after 0.6 -> 0.2 s), and costs nothing
        # while records arrive.
        self.db.execute("CREATE INDEX IF NOT EXISTS arrival ON records (dy, seq)")
        self.db.commit()
        rows = self.db.execute("SELECT dy, indicator, payload FROM records ORDER BY dy, seq")
        for _, group in groupby(rows, key=itemgetter(0)):
            by_indicator: dict[str, list[bytes]] = {}  # in order of first appearance
            for _, indicator, payload in group:
                by_indicator.setdefault(indicator, []).append(payload)
            yield from by_indicator.values()

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""An on-disk store of district-year records, so a batch of 50,000 reports keeps flat memory.

Records arrive report by report; the table needs them merged per (district, year, indicator)
across reports. SQLite (stdlib) keeps them in a temporary file and hands them back grouped,
in order of first appearance, exactly as :func:`lawgov_extract.table.merge_records` does in
memory. A second table numbers the district-years as they first appear, so reading back is
one sort by two integers.
"""

from __future__ import annotations

import marshal
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import fields
from decimal import Decimal
from itertools import groupby
from operator import attrgetter, itemgetter
from pathlib import Path

from .table import Record, district_year_key, merge_group

_FIELDS = [f.name for f in fields(Record)]
_VALUES = attrgetter(*_FIELDS)
_DECIMALS = [_FIELDS.index("value"), _FIELDS.index("value_before")]  # kept as text


def _dump(r: Record) -> bytes:
    # marshal: twice as fast as JSON both ways, and the store is this process's own temp file.
    values = list(_VALUES(r))
    for i in _DECIMALS:
        if values[i] is not None:
            values[i] = str(values[i])
    return marshal.dumps(tuple(values))


def _key(parts: tuple) -> str:
    # A unit separator cannot occur in place names or paths, so the join is unambiguous.
    return "\x1f".join("" if p is None else str(p) for p in parts)


def _load(payload: bytes) -> Record:
    r = Record(*marshal.loads(payload))
    if r.value is not None:
        r.value = Decimal(r.value)
    if r.value_before is not None:
        r.value_before = Decimal(r.value_before)
    return r


def _merge_payloads(payloads: list[bytes]) -> Record:
    # Most keys have one record (one report per district-year): those need no merge.
    return _load(payloads[0]) if len(payloads) == 1 else merge_group(map(_load, payloads))


def encode(records: Iterable[Record]) -> list[tuple[str, str, bytes]]:
    """Records as (district-year key, record key, payload) rows for :class:`RecordStore`."""
    out = []
    for r in records:
        dy = _key(district_year_key(r))
        out.append((dy, f"{dy}\x1f{r.indicator}", _dump(r)))
    return out


class RecordStore:
    """Add records as they come; read them back merged, grouped by district-year."""

    def __init__(self, folder: Path | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="lawgov-", dir=folder)
        self.db = sqlite3.connect(Path(self._dir.name) / "records.sqlite")
        self.db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE records (seq INTEGER PRIMARY KEY, dy TEXT, k TEXT, payload BLOB);
            CREATE TABLE district_years (id INTEGER PRIMARY KEY, dy TEXT UNIQUE);
            """
        )

    def add(self, records: Iterable[Record]) -> None:
        self.add_encoded(encode(records))

    def add_encoded(self, encoded: list[tuple[str, str, bytes]]) -> None:
        """Add records already turned into rows by :func:`encode` (in a worker process).

        SQLite numbers the rows, and each new district-year, in arrival order (row ids).
        """
        self.db.executemany("INSERT INTO records (dy, k, payload) VALUES (?, ?, ?)", encoded)
        # A report usually states one district-year: one row here, most often already known.
        new = [(dy,) for dy in dict.fromkeys(dy for dy, _, _ in encoded)]
        self.db.executemany("INSERT OR IGNORE INTO district_years (dy) VALUES (?)", new)

    def merged(self) -> Iterator[Record]:
        """Merged records, district-year by district-year, in order of first appearance."""
        self.db.commit()
        rows = self.db.execute(
            """
            SELECT d.id, r.k, r.payload FROM records AS r JOIN district_years AS d USING (dy)
            ORDER BY d.id, r.seq
            """
        )
        for _, group in groupby(rows, key=itemgetter(0)):
            by_key: dict[str, list[bytes]] = {}  # in order of first appearance
            for _, k, payload in group:
                by_key.setdefault(k, []).append(payload)
            for payloads in by_key.values():
                yield _merge_payloads(payloads)

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""The library API beyond :func:`extract_text`: many files, and tables as DataFrames.

>>> from lawgov_extract import extract_paths, to_frames
>>> results = list(extract_paths(["seeds/"]))          # doctest: +SKIP
>>> frames = to_frames(results)                        # doctest: +SKIP
>>> frames["records"].head()                           # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .datatypes import ReportResult
from .errors import InputError
from .packs import load_packs
from .readers import DEFAULT_MAX_SIZE
from .rows import Column
from .runner.regexcache import disk_compiler
from .runner.run import start_run
from .runner.tables import TABLES, TableBuilder

if TYPE_CHECKING:
    import pandas as pd


def extract_paths(
    paths: Iterable[str | Path],
    *,
    patterns: Iterable[str | Path] = (),
    manifest: str | Path | None = None,
    jobs: int = 1,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Iterator[ReportResult | InputError]:
    """Extract every report under ``paths`` (files or folders), in order.

    Yields a :class:`ReportResult` per report and an :class:`InputError` per
    input that could not be used (missing, empty, binary, unsupported, ...).
    A broken pack or manifest raises before any report is read.
    """
    run = start_run(paths, patterns=patterns, manifest=manifest, jobs=jobs, max_size=max_size)
    yield from run.results()


def _frame(rows: list[Sequence[object]], columns: tuple[Column, ...]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=[c.name for c in columns])
    for c in columns:
        if c.type == "float":
            frame[c.name] = pd.to_numeric(frame[c.name].map(_float), errors="coerce")
        elif c.type == "int":
            frame[c.name] = frame[c.name].astype("Int64")
    return frame


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def to_frames(
    results: Iterable[ReportResult | InputError], *, patterns: Iterable[str | Path] = ()
) -> dict[str, pd.DataFrame]:
    """The three tables (``records``, ``mentions``, ``wide``) as pandas DataFrames."""
    packs = load_packs(tuple(str(p) for p in patterns), compiler=disk_compiler)
    builders = {table: TableBuilder(table, packs.indicators) for table in TABLES}
    rows: dict[str, list[Sequence[object]]] = {table: [] for table in TABLES}
    try:
        for r in results:
            if isinstance(r, InputError):
                continue
            for table, builder in builders.items():
                rows[table] += builder.add(builder.digest(r))
        return {t: _frame([*rows[t], *b.finish()], b.columns) for t, b in builders.items()}
    finally:
        for builder in builders.values():
            builder.close()

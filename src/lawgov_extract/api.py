"""The library API beyond :func:`extract_text`: many files, and tables as DataFrames.

>>> from lawgov_extract import extract_paths, to_frames
>>> results = list(extract_paths(["seeds/"]))          # doctest: +SKIP
>>> frames = to_frames(results)                        # doctest: +SKIP
>>> frames["records"].head()                           # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .datatypes import ReportResult
from .errors import InputError
from .metadata import load_manifest
from .packs import load_packs
from .readers import DEFAULT_MAX_SIZE
from .rows import (
    MENTION_COLUMNS,
    RECORD_COLUMNS,
    Column,
    mention_row,
    record_row,
    wide_columns,
    wide_rows,
)
from .runner.regexcache import disk_compiler
from .runner.run import BatchOptions, collect_inputs, run_files
from .table import merge_records, records_for_report

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
    """
    pattern_files = tuple(str(p) for p in patterns)
    load_packs(
        pattern_files, compiler=disk_compiler
    )  # a broken pack fails here, before any report is read
    files, errors = collect_inputs(paths)
    yield from errors
    options = BatchOptions(
        patterns=pattern_files,
        manifest=load_manifest(manifest) if manifest else None,
        max_size=max_size,
        jobs=jobs,
    )
    yield from run_files(files, options)


def _frame(rows: list[dict], columns: tuple[Column, ...]) -> pd.DataFrame:
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
    mentions, records = [], []
    for r in results:
        if isinstance(r, InputError):
            continue
        mentions += [mention_row(r.meta, m) for m in r.mentions]
        records += records_for_report(r.meta, r.mentions, packs.indicators)
    merged = list(merge_records(records))
    return {
        "records": _frame([record_row(r) for r in merged], RECORD_COLUMNS),
        "mentions": _frame(mentions, MENTION_COLUMNS),
        "wide": _frame(list(wide_rows(merged)), wide_columns(packs.indicators)),
    }

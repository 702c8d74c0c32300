"""Compiled rule regexes kept on disk between runs.

The ``regex`` module parses a pattern in Python, so compiling the packs' rules takes most
of a short run's time (about 0.8 s of 1.5 s for the five seeds). A compiled pattern pickles
to its compiled code, and unpickling it skips the parser (50 times faster), so the rules of
one run are kept in the user's cache folder for the next. The cache is an optimisation
only: any problem reading or writing it means the patterns are compiled as before.

``load_packs(..., compiler=disk_compiler)`` loads the packs through it.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

#: Where the cache lives: this variable's folder, the platform's user cache folder
#: (``~/.cache/lawgov`` on Linux) when unset, no cache at all when set to "".
CACHE_ENV = "LAWGOV_CACHE_DIR"

# Compiled code is valid for one regex release on one Python: both are in the file name.
_FILE = f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
# Edited packs leave stale entries behind; past this many, only the current run's are kept.
_MAX_ENTRIES = 2000

Key = tuple[str, int]  # (pattern, flags)


def cache_folder() -> Path | None:
    """The cache folder in use, or None when caching is switched off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    import platformdirs  # noqa: PLC0415 - only when a cache is used

    return Path(platformdirs.user_cache_dir("lawgov"))


class _PatternUnpickler(pickle.Unpickler):
    """Loads compiled patterns and nothing else: a tampered file cannot run code."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


class RegexCache:
    """``compile`` that reads earlier runs' compiled patterns; ``save`` keeps new ones.

    >>> cache = RegexCache(None)  # no folder: compiles every pattern
    >>> cache.compile(r"共(?P<value>\\d+)件", regex.V0).search("共12件")["value"]
    '12'
    """

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / _FILE if folder is not None else None
        self._stored = self._read()
        self._used: dict[Key, regex.Pattern] = {}
        self._missed = False

    def _read(self) -> dict[Key, regex.Pattern]:
        if self.path is None:
            return {}
        try:
            with self.path.open("rb") as f:
                data = _PatternUnpickler(f).load()
        except Exception:  # noqa: BLE001 - a missing, damaged or foreign file is just not used
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            key: value
            for key, value in data.items()
            if isinstance(key, tuple)
            and isinstance(value, regex.Pattern)
            and value.pattern == key[0]
        }

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern:
        """``regex.compile(pattern, flags)``, from the cache when an earlier run compiled it."""
        key = (pattern, int(flags))  # a plain int: the file holds no enum classes
        compiled = self._stored.get(key)
        if compiled is None:
            compiled = regex.compile(pattern, flags)  # errors propagate, as without a cache
            self._missed = True
        self._used[key] = compiled
        return compiled

    def save(self) -> None:
        """Write the cache if this run compiled anything new (atomically; errors ignored)."""
        if self.path is None or not self._missed:
            return
        entries = {**self._stored, **self._used}
        if len(entries) > _MAX_ENTRIES:
            entries = dict(self._used)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return  # a read-only home or a full disk: the next run compiles again
        self._stored, self._missed = entries, False


def disk_compiler() -> RegexCache:
    """The compiler for :func:`~lawgov_extract.packs.load_packs` that uses the cache folder."""
    return RegexCache(cache_folder())

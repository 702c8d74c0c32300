"""Shared fixtures: the project's seeds, the seed gold, the ../shared checkout, a CLI runner.

The seeds and their gold live in the project (``seeds/``, ``tests/data/seeds_gold.jsonl``);
only the agreement checks with ``score.py`` and the dev corpus need ``../shared``, and they
skip with a plain reason when it is absent.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lawgov_extract.runner.regexcache import CACHE_ENV

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_configure(config: pytest.Config) -> None:
    # Compiled rules are cached in a folder of this test run (the CLI's subprocesses inherit
    # it), never in the user's own cache.
    os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="lawgov-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop(CACHE_ENV, ""), ignore_errors=True)


def _shared(relative: str = "") -> Path:
    """A path inside the ../shared checkout, or skip the test when it is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"no ../shared checkout: {path} not found")
    return path


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_gold() -> Path:
    return ROOT / "tests" / "data" / "seeds_gold.jsonl"


@pytest.fixture
def shared() -> Callable[[str], Path]:
    """``shared("tools/score.py")``: the path, or a skip when ../shared is absent."""
    return _shared


def _hard_wrap(text: str, width: int, indent: str = "") -> str:
    """Every paragraph (line) of ``text`` cut into lines of ``width`` characters, as a PDF's
    text layer gives it; ``indent`` starts each non-blank paragraph."""
    lines = []
    for paragraph in text.split("\n"):
        paragraph = indent + paragraph if paragraph.strip() else paragraph
        lines += [paragraph[i : i + width] for i in range(0, max(len(paragraph), 1), width)]
    return "\n".join(lines)


@pytest.fixture(scope="session")
def hard_wrap() -> Callable[..., str]:
    """``hard_wrap(text, width, indent="")``: ``text`` hard-wrapped (pdftotext-like)."""
    return _hard_wrap


@pytest.fixture(scope="session")
def invoke() -> Callable[..., Result]:
    """Run ``lawgov ARGS...`` in-process; stdout and stderr are kept apart."""
    from lawgov_extract.cli import main

    def run(*args: object) -> Result:
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


def _live_pids(group: int | None = None) -> set[int]:
    """Processes still running (of one process group), read from /proc (Linux).

    A zombie counts as ended: an orphan nobody has reaped yet has ended all the same.
    """
    live = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if fields[0] != "Z" and (group is None or int(fields[2]) == group):
            live.add(int(stat.parent.name))
    return live


@pytest.fixture(scope="session")
def live_pids() -> Callable[..., set[int]]:
    """``live_pids(group=None)``: the processes still running; skips where there is no /proc."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("reads /proc (Linux)")
    return _live_pids

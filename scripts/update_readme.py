"""Regenerate the README's indicator table from the packs (tests/test_readme.py checks it)."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from lawgov_extract.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- catalogue:start -->", "<!-- catalogue:end -->"


def catalogue_markdown() -> str:
    result = CliRunner().invoke(main, ["patterns", "list", "--markdown"])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return result.output


def render(readme: str) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{catalogue_markdown()}{END}{tail}"


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in sys.argv:
        sys.exit(0 if new == text else "README.md's indicator table is stale: run this script")
    README.write_text(new, encoding="utf-8")

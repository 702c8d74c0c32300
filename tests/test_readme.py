"""The README's generated parts are current, and its quick start is what CI runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_readme", ROOT / "scripts/update_readme.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_indicator_table_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _script().render(readme) == readme, "run: python scripts/update_readme.py"


def test_quick_start_test_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("```bash", 1)[1].split("```", 1)[0].strip().splitlines()
    assert quick == ["pip install . && lawgov extract seeds/", 'pip install ".[test]" && pytest']
    assert quick[1] in (ROOT / ".ci/run").read_text(encoding="utf-8")

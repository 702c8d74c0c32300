"""The library API a notebook uses: extract_text, extract_paths, to_frames, parse_quantity."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import lawgov_extract
from lawgov_extract import extract_paths, extract_text, parse_quantity, to_frames
from lawgov_extract.datatypes import ReportResult
from lawgov_extract.errors import InputError, PackError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_public_names():
    assert set(lawgov_extract.__all__) >= {"extract_text", "extract_paths", "to_frames"}
    with pytest.raises(AttributeError):
        lawgov_extract.no_such_name  # noqa: B018


def test_extract_text_returns_dataclass_records():
    result = extract_text("2023年,全区共调解矛盾纠纷1727件,调解成功率高达99%。", source="a.txt")
    assert isinstance(result, ReportResult)
    assert [(m.indicator, m.value, m.unit, m.rule.split(":")[0]) for m in result.mentions] == [
        ("mediation_cases", Decimal(1727), "件", "disputes"),
        ("mediation_success_rate", Decimal(99), "%", "disputes"),
    ]
    assert result.meta.year == 2023


def test_parse_quantity_examples_from_the_issue():
    assert parse_quantity("3300余件") == lawgov_extract.numerals.Quantity(
        Decimal(3300), "件", "approx"
    )
    assert parse_quantity("百分之九十九点五").value == Decimal("99.5")
    assert parse_quantity("4139.7284万元").value == Decimal(41397284)
    assert parse_quantity("七五普法") is None


def test_extract_paths_and_frames(tmp_path: Path):
    missing = tmp_path / "missing.txt"
    results = list(extract_paths([SEEDS, missing]))
    errors = [r for r in results if isinstance(r, InputError)]
    reports = [r for r in results if isinstance(r, ReportResult)]
    assert [e.path for e in errors] == [str(missing)]
    assert len(reports) == 5
    frames = to_frames(results)
    assert set(frames) == {"records", "mentions", "wide"}
    records, wide = frames["records"], frames["wide"]
    assert records["value"].dtype == "float64"
    assert str(records["year"].dtype) == "Int64"
    assert len(wide) == 5  # five district-years
    row = wide.set_index("district").loc["沙坪坝区"]
    assert row["court_appearances"] == 68 and row["year"] == 2020


def test_extract_paths_checks_packs_before_reading(tmp_path: Path):
    pack = tmp_path / "broken.toml"
    pack.write_text("[[rules]\n", encoding="utf-8")
    with pytest.raises(PackError):
        next(extract_paths([SEEDS], patterns=[pack]))

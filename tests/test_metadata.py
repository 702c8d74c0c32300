"""Report metadata: the five seeds exactly, each text form, the manifest, and the dev corpus.

The sentences below are written for these tests; the dev corpus is only measured, never
copied.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_extract import gazetteer
from lawgov_extract.datatypes import ManifestRow, ReportMeta
from lawgov_extract.errors import LawgovError
from lawgov_extract.metadata import find_metadata, load_manifest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = list(csv.DictReader((ROOT / "tests/data/seeds_meta.csv").open(encoding="utf-8")))


@pytest.mark.parametrize("gold", SEED_GOLD, ids=[g["file"][:3] for g in SEED_GOLD])
def test_seed_metadata(gold: dict[str, str]) -> None:
    text = (ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8")
    meta = find_metadata(text, source_name=gold["file"])
    got = {k: str(getattr(meta, k)) for k in ("district", "city", "province", "adcode", "year")}
    assert got == {k: v for k, v in gold.items() if k != "file"}
    assert meta.status == ""


def test_seed_without_stated_year_is_marked_inferred() -> None:
    text = (ROOT / "seeds" / SEED_GOLD[0]["file"]).read_text(encoding="utf-8")
    assert find_metadata(text, source_name="x.txt").year_source == "inferred"


BODY = "\n一、主要举措\n全年共办理行政复议案件12件。"

# id: (text, keyword arguments, expected fields)
CASES: dict[str, tuple[str, dict[str, object], dict[str, object]]] = {
    "report-as-follows": (
        "近年来,岳阳县坚持依法行政。现将2023年法治政府建设情况报告如下:" + BODY,
        {},
        {"year": 2023, "year_source": "text", "district": "岳阳县", "adcode": "430621"},
    ),
    "year-of-work": (
        "为做好2024年度法治政府建设工作,全县上下齐心。" + BODY,
        {},
        {"year": 2024, "year_source": "text"},
    ),
    "title-line": (
        "岳阳县2022年法治政府建设情况报告\n一年来,全县上下齐心。" + BODY,
        {},
        {"year": 2022, "district": "岳阳县", "city": "岳阳市", "district_source": "text"},
    ),
    "title-with-guanyu": (
        "关于石峰区2023年法治政府建设情况的报告\n区人大常委会:" + BODY,
        {},
        {"year": 2023, "district": "石峰区", "adcode": "430204"},
    ),
    "opening-year-comma": (
        "2020年,沙坪坝区坚持以习近平法治思想为指导,严格依法行政。" + BODY,
        {},
        {"year": 2020, "year_source": "text", "district": "沙坪坝区", "city": "重庆市"},
    ),
    "page-clock-is-not-the-year": (
        "今天是:2019年10月31日 星期四\n区政府严格依法行政。" + BODY,
        {"source_name": "2021_岳阳县.txt"},
        {"year": 2021, "year_source": "filename"},
    ),
    "file-name": (
        "区政府严格依法行政。" + BODY,
        {"source_name": "2023_岳阳县.txt"},
        {"year": 2023, "year_source": "filename", "district": "岳阳县"},
    ),
    "file-name-hash-is-not-a-year": (
        "区政府严格依法行政。" + BODY,
        {"source_name": "000_a2015b.txt"},
        {"year": None, "year_source": "", "district": "", "status": "unknown"},
    ),
    "html-title": (
        "区政府严格依法行政。" + BODY,
        {"title": "石峰区2023年法治政府建设年度报告 - 株洲市石峰区人民政府"},
        {"year": 2023, "year_source": "title", "district": "石峰区", "district_source": "title"},
    ),
    "text-beats-title": (
        "2022年,石峰区坚持依法行政。" + BODY,
        {"title": "岳阳县2023年法治政府建设年度报告"},
        {"year": 2022, "year_source": "text", "district": "石峰区", "district_source": "text"},
    ),
    "department-report": (
        "铜梁区司法局2023年法治政府建设情况报告\n2023年,区司法局坚持依法履职。" + BODY,
        {},
        {"district": "铜梁区", "adcode": "500151", "year": 2023},
    ),
    "heping-with-shenyang": (
        "和平区人民政府始终坚持依法行政,助力沈阳高质量发展。" + BODY,
        {},
        {"district": "和平区", "adcode": "210102", "city": "沈阳市", "status": ""},
    ),
    "heping-with-tianjin": (
        "和平区人民政府始终坚持依法行政,服务天津高质量发展。" + BODY,
        {},
        {"district": "和平区", "adcode": "120101", "city": "天津市", "status": ""},
    ),
    "heping-bare-is-ambiguous": (
        "和平区人民政府始终坚持依法行政。" + BODY,
        {},
        {"district": "和平区", "adcode": "", "city": "", "province": "", "status": "ambiguous"},
    ),
    "city-prefix-in-title": (
        "天津市和平区2023年法治政府建设情况报告\n" + BODY,
        {},
        {"district": "和平区", "adcode": "120101", "province": "天津市"},
    ),
    "province-report": (
        "2022年,在省委坚强领导下,全省各级政府深入推进依法行政,江苏法治建设迈上新台阶。" + BODY,
        {},
        {"district": "江苏省", "province": "江苏省", "adcode": "320000"},
    ),
    "municipality-report": (
        "2022年,全市各级行政机关坚持依法行政,上海法治政府建设取得新成效。市政府常务会议学法4次。",
        {},
        {"district": "上海市", "city": "上海市", "adcode": "310000"},
    ),
    "town-report-names-its-county": (
        "由嘉善县大云镇人民政府编制本报告。2024年,大云镇严格落实条例,确保全镇工作取得新进展。",
        {},
        {"district": "嘉善县", "adcode": "330421", "district_source": "text"},
    ),
    "street-report-naming-two-counties-is-unknown": (
        "我街道与岳阳县新墙镇、华容县三封寺镇开展交流,全街道调解纠纷100件。",
        {},
        {"district": "", "status": "unknown"},
    ),
    "site-code-of-a-county-level-city": (
        "2025年,市政府高度重视建议办理工作,全市办结142件。\n豫公网安备 41900102410909",
        {},
        {"district": "济源市", "adcode": "419001", "province": "河南省"},
    ),
    "site-code-of-a-district-may-be-its-citys-portal": (
        "2023年,全区办结建议142件,区政府高度重视。\n京公网安备 11010502030000",
        {},
        {"district": ""},
    ),
    "site-code-of-another-level": (
        "2023年,全县办结建议142件,县政府高度重视。\n网站标识码:4101000001",
        {},
        {"district": ""},
    ),
    "slogan-short-name": (
        "2023年,在区委、区政府领导下,区司法局坚持依法履职,推动市级方案和铜梁具体举措落地,"
        "全区调解纠纷100件。",
        {},
        {"district": "铜梁区", "adcode": "500151"},
    ),
    "slogan-everyday-word-is-not-a-place": (
        "2023年,全县坚持依法行政,推进法治公安建设,县政府常务会议学法4次。",
        {},
        {"district": ""},
    ),
    "slogan-of-another-level": (
        "2023年,全市坚持依法行政,市政府常务会议学法4次,支持建设法治铜梁。",
        {},
        {"district": ""},
    ),
    "partner-district-is-not-the-report": (
        "2023年,区司法局坚持依法履职,与沙坪坝区司法局签订法治协作协议,我区调解纠纷100件。",
        {},
        {"district": ""},
    ),
    "county-helped-is-not-the-report": (
        "2023年,全县坚持依法行政,县政府常务会议学法4次。对口支援新疆疏附县,选派干部10名。",
        {},
        {"district": ""},
    ),
    "city-report-listing-its-counties": (
        "2023年,全市坚持依法行政。岳阳县、华容县、平江县示范创建成效明显,市政府常务会议学法。",
        {},
        {"district": ""},
    ),
    "own-county-named-beside-a-partner": (
        "2023年,岳阳县坚持依法行政,与沙坪坝区签订合作协议,全县调解纠纷100件。",
        {},
        {"district": "岳阳县", "adcode": "430621"},
    ),
    "district-report-comparing-itself-with-the-city": (
        "记者从区人社局获悉,石峰区劳动人事争议仲裁院获评全国先进,成为全市唯一获此殊荣的单位,全市共3家参评。",
        {},
        {"district": "石峰区", "adcode": "430204"},
    ),
    "inferred-from-event": (
        "2022年我区获评示范单位。今年以来,深入学习贯彻党的二十届三中全会精神。" + BODY,
        {},
        {"year": 2024, "year_source": "inferred"},
    ),
    "inferred-most-frequent": (
        "全区调解纠纷,2023年受理案件10件,2023年办结9件,2021年曾获表彰。" + BODY,
        {},
        {"year": 2023, "year_source": "inferred"},
    ),
    "inferred-not-after-publication": (
        "全区2023年受理案件10件。下一步,2025年将再建2个中心,2025年底全覆盖,2025年完成。",
        {"published": "2024-02-20"},
        {"year": 2023, "year_source": "inferred"},
    ),
    "dated-news-of-a-yearless-day": (
        "来源:县电视台 日期:2020-03-26 17:13:48\n3月24日,我县召开建议提案交办会。",
        {},
        {"year": 2020, "year_source": "inferred"},
    ),
    "page-clock-is-not-a-publication-date": (
        "2024年11月23日 星期六 |\n3月24日,我县召开建议提案交办会。",
        {},
        {"year": None, "year_source": ""},
    ),
    "days-after-the-publication-date-are-last-year": (
        "发布日期:2021-01-10\n12月4日,开展宪法宣传周活动,发放资料300份。",
        {},
        {"year": 2020, "year_source": "inferred"},
    ),
    "days-either-side-of-the-publication-date": (
        "日期:2021-06-10\n3月5日开展学雷锋普法,12月4日开展宪法宣传。",
        {},
        {"year": None},
    ),
    "dated-news-late-in-the-year": (
        "政务活动\n日期:2024-11-06\n全县开展普法活动245场,办结法律援助案件393件。",
        {},
        {"year": 2024, "year_source": "inferred"},
    ),
    "undated-work-published-in-spring": (
        "日期:2024-03-06\n全县开展普法活动245场,办结法律援助案件393件。",
        {},
        {"year": None},
    ),
    "this-year-on-a-page-published-mid-year": (
        "今年以来,全县深入推进依法行政。2022年我县获评全省法治政府建设示范县。",
        {"published": "2024-06-20"},
        {"year": 2024, "year_source": "inferred"},
    ),
    "this-year-published-in-january-is-not-known": (
        "今年以来,全县深入推进依法行政。",
        {"published": "2024-01-20"},
        {"year": None},
    ),
    "published-next-year-about-the-last": (
        "发布时间:2024-02-20\n现将2023年法治政府建设情况报告如下:" + BODY,
        {},
        {"year": 2023, "year_source": "text"},
    ),
    "goals-are-not-the-year-of-a-dated-page": (
        "日期:2024-11-06\n落实《法治政府建设实施纲要(2021—2025年)》,到2035年基本建成法治政府。",
        {},
        {"year": None},
    ),
    "plan-period-is-not-the-year": (
        "落实《法治政府建设实施纲要(2021—2025年)》,全区推进依法行政。" + BODY,
        {},
        {"year": None, "year_source": ""},
    ),
    "manifest-overrides-text": (
        "2020年,沙坪坝区坚持依法行政。" + BODY,
        {"manifest": ManifestRow("a.txt", district="岳阳县", year=2023)},
        {"district": "岳阳县", "district_source": "manifest", "year": 2023, "adcode": "430621"},
    ),
    "manifest-city-resolves-duplicate": (
        "区政府严格依法行政。" + BODY,
        {"manifest": ManifestRow("a.txt", district="和平区", city="天津市")},
        {"district": "和平区", "adcode": "120101", "year_source": "", "status": ""},
    ),
    "manifest-adcode-wins": (
        "区政府严格依法行政。" + BODY,
        {"manifest": ManifestRow("a.txt", district="开发区", year=2021, adcode="999999")},
        {"district": "开发区", "adcode": "999999", "status": "", "year_source": "manifest"},
    ),
    "manifest-without-year-falls-back": (
        "现将2022年法治政府建设情况报告如下。" + BODY,
        {"manifest": ManifestRow("a.txt", district="岳阳县")},
        {"year": 2022, "year_source": "text", "district_source": "manifest"},
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_text_forms(case: tuple[str, dict[str, object], dict[str, object]]) -> None:
    text, kwargs, expected = case
    kwargs = {"source_name": "report.txt", **kwargs}
    meta = find_metadata(text, **kwargs)  # type: ignore[arg-type]
    assert {k: getattr(meta, k) for k in expected} == expected


def test_empty_text() -> None:
    assert find_metadata("", source_name="a.txt") == ReportMeta(status="unknown")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manifest.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_manifest(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "file,district,year,city\nin/2023_a.txt,和平区,2023,天津市\nb.txt,岳阳县,,\n",
    )
    rows = load_manifest(path)
    assert rows["2023_a.txt"] == ManifestRow("2023_a.txt", "和平区", 2023, city="天津市")
    assert rows["b.txt"] == ManifestRow("b.txt", "岳阳县", None)


# id: (csv text, message fragment)
BAD_MANIFESTS = {
    "bad-year": ("file,district,year\na.txt,岳阳县,2023\nb.txt,岳阳县,二〇二三\n", ":3: bad year"),
    "out-of-range-year": ("file,district,year\na.txt,岳阳县,1023\n", ":2: bad year"),
    "no-file-column": ("name,district,year\na.txt,岳阳县,2023\n", ":1: manifest has no `file`"),
    "empty-file": ("file,district,year\n,岳阳县,2023\n", ":2: empty `file`"),
}


@pytest.mark.parametrize("case", BAD_MANIFESTS.values(), ids=BAD_MANIFESTS.keys())
def test_bad_manifest(tmp_path: Path, case: tuple[str, str]) -> None:
    text, fragment = case
    path = _write(tmp_path, text)
    with pytest.raises(LawgovError, match="manifest.csv" + fragment):
        load_manifest(path)


def _gold_district(government: str) -> str:
    """Gold names the publishing body (铜梁区司法局, 龙潭镇(涪陵区)); we want its government."""
    head, _, paren = government.rstrip(")").partition("(")
    names = gazetteer.find_names(head)
    if names and names[0][0] == 0:
        return names[0][1].name
    return paren if gazetteer.candidates(paren) else head


def test_dev_corpus_accuracy() -> None:
    manifest = SHARED / "dev" / "manifest.csv"
    if not manifest.exists():
        pytest.skip("the shared dev corpus is not available")
    opencc = pytest.importorskip("opencc")
    to_simplified = opencc.OpenCC("t2s").convert
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    year_ok = district_ok = 0
    for row in rows:
        raw = (SHARED / "dev" / "corpus" / row["file"]).read_text(encoding="utf-8")
        # find_metadata takes cleaned text: simplified and NFKC-normalized.
        text = unicodedata.normalize("NFKC", to_simplified(raw))
        meta = find_metadata(text, source_name=row["file"])
        year_ok += meta.year == int(row["year"])
        district_ok += meta.district == _gold_district(row["government"])
    # Measured: year 50/51 (0.98), district 45/51 (0.88; 嘉善县 for a 大云镇 report is its
    # county, as the contract wants, but not the gold's town); the misses are town, street and
    # development-zone reports and excerpts that never name their government at all.
    assert year_ok / len(rows) >= 0.9
    assert district_ok / len(rows) >= 0.8


PIECES = [
    "和平区",
    "沈阳",
    "天津市",
    "2023年",
    "年度",
    "报告",
    "现将",
    "如下",
    "《",
    "》",
    "\n",
    ",",
    "。",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=40).map("".join))
def test_never_guesses_an_adcode(text: str) -> None:
    meta = find_metadata(text, source_name="x.txt")
    assert meta.year is None or 1990 <= meta.year <= 2099
    assert not meta.adcode or meta.status == ""
    assert meta.status in {"", "ambiguous", "unknown"}

"""Report metadata: which government a report is about, where it sits, and which year it covers.

Sources, most trusted first: the ``--manifest`` row, the report text (its title lines and
opening), the HTML page title, the file name, and last a year ``inferred`` from the body.
Every field says where it came from, so nothing is guessed silently.
"""

from __future__ import annotations

import csv
import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import regex

from lawgov_extract import gazetteer
from lawgov_extract.datatypes import ManifestRow, ReportMeta
from lawgov_extract.errors import LawgovError

HEAD = 600  # titles, the salutation and the opening paragraph fit in this many characters
MIN_YEAR, MAX_YEAR = 1990, 2099


def _rx(pattern: str) -> regex.Pattern[str]:
    # YEAR captures a year; NODATE refuses 2023年5月16日, a date rather than a work year.
    year, nodate = r"((?:19|20)\d{2})\s*", r"(?!\s*\d{1,2}\s*月)"
    return regex.compile(pattern.replace("YEAR", year).replace("NODATE", nodate))


# A title line: the year and 报告 in one clause (breadcrumbs split on > and |).
_TITLE_YEAR = _rx(r"YEAR年度?NODATE[^\n>|。,;]{0,40}?(?:报告|年报|总结)")
_REPORT_AS_FOLLOWS = _rx(r"现将[^。\n]{0,30}?YEAR年度?[^。\n]{0,40}?(?:报告|汇报)如下")
_YEAR_OF_WORK = _rx(r"YEAR年度(?:法治政府建设|依法行政|法治建设)")
# The opening "2020年,沙坪坝区…" / "2024年以来…" / "一、2024年法治政府建设情况".
_OPENING_YEAR = _rx(
    r"(?:^|[\n。;:,])\s*(?:[一二三四五六七八九十]+、|【[^】\n]{1,10}】)?\s*"
    r"YEAR年NODATE(?:[,,]|以来|来|是|上半年|度)"
)
_ANY_YEAR = _rx(r"(?<!\d)YEAR年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期)")  # not a page clock
# Years that name a plan period (2021—2025年) or a document title are not the work year.
_NOT_WORK_YEAR = _rx(r"《[^》\n]{0,80}》|YEAR年?\s*[-—–~至到]+\s*(?:19|20)\d{2}")
_FILE_YEAR = _rx(r"(?<![0-9A-Za-z])YEAR(?![0-9])")
# Events held late in their year, so no report on an earlier year (published by spring) can
# cite them: a mention sets a floor under the inferred year.
_EVENT_FLOORS = (
    ("二十届四中全会", 2025), ("二十届三中全会", 2024), ("二十大", 2022), ("十九届六中全会", 2021),
    ("十九届五中全会", 2020), ("十九届四中全会", 2019), ("十九大", 2017),
)  # fmt: skip
# A page's own publication date (日期:2020-03-26, 发布时间:2024年11月6日), not a page clock.
_STATED_PUBLISHED = regex.compile(
    r"(?:(?:发布|发稿|发文|成文|印发)?日期|(?:发布|发稿)时间)\s*[:：]\s*"
    r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})"
)
# A day named without its year (3月24日), so in the year the page was written.
_YEARLESS_DAY = regex.compile(r"(?<![\d年][ \t\u3000]*)(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_THIS_YEAR = regex.compile(r"今年(?:以来|上半年|前三季度|1[-—至~]\d{1,2}月|度)|本年度")
# 我区, 全县, 区委, 县政府, 区人社局: how a report names its own level.
_SELF_REF = regex.compile(
    r"(?:[我全本]([区县市省旗]))|([区县市省旗])(?:委|人民政府|政府|\p{Han}{0,5}?局)"
)
# Where a place is someone else: a partner, a county helped (对口支援), a place visited.  The
# trigger and what follows it in its clause are blanked before places are counted.
_OTHER_PLACE = regex.compile(
    r"(?:对口|支援|帮扶|援助|协作|合作|结对|携手|共建|与|赴|前往|来自|借鉴)"
    r"[^,,。;;:、\n]{0,14}"
)
# A town or street report: 全镇, 我街, 镇党委, 街道办事处…; its county names it in passing.
_TOWN_SELF_REF = regex.compile(
    r"[我全本](?:镇|乡|街道?)|(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)"
)
_TOWN_OF = regex.compile(r"\p{Han}{1,5}?(?:镇|乡|街道)")
# A government website's code: 网站标识码 4190000001 and 公网安备 41900102410909 begin with the
# six-digit code of the place that registered the site.
_SITE_CODE = regex.compile(r"(?:网站标识码|网站识别码|公网安备)\s*[::]?\s*(\d{6})\d{4,8}(?!\d)")
# The short own name in a slogan: 法治上城, 平安铜梁, 结合铜梁实际, 铜梁具体举措.
_SLOGAN_BEFORE = regex.compile(r"(?:法治|平安|美丽|幸福|数字|智慧|建设|打造)$")
_SLOGAN_AFTER = regex.compile(r"(?:实际|具体举措|特色|样板|经验|模式|品牌)")
# Short forms that are also everyday words (法治公安 is the police's rule of law).
_COMMON_WORDS = frozenset(
    "公安 光明 和平 前进 新华 振兴 友谊 新建 复兴 太平 平安 安定 永安 城关 红旗 向阳 工农 爱民 "
    "民权 富民 大同 江南 河北 南海 长安 东风 胜利 新城 城中 城东 城西 城南 城北 市中 高新 开发 "
    "文明 安全 中心 新兴 团结 建华 先锋 和谐 长城 友好 共和 红星 东方 中原 白云 青山 幸福".split()
)
_TITLE_WORDS = regex.compile(r"报告|年报|总结")
_CLAUSE_LEAD = regex.compile(r"\s*(?:(?:19|20)\d{2}\s*年(?:度|以来)?|近年来|一年来|今年以来)?\s*")
# What follows a government as the subject of a report's opening sentence.
_SUBJECT_VERB = regex.compile(
    r"(?:人民政府|政府|司法局|区委|县委|市委)?"
    r"(?:坚持|认真|深入|始终|紧紧|全面|聚焦|持续|着力|积极|大力|扎实|围绕|高度|不断|以习近平)"
)


def load_manifest(path: str | Path) -> dict[str, ManifestRow]:
    """Read a manifest CSV (``file,district,year`` and optionally ``city,province,adcode``).

    Rows are keyed by the file's base name, so a manifest may list paths or bare names.
    """
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        if "file" not in (reader.fieldnames or []):
            raise LawgovError(f"{path}:1: manifest has no `file` column")
        rows: dict[str, ManifestRow] = {}
        for row in reader:
            line, get = reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}.get
            name = Path(get("file", "")).name
            if not name:
                raise LawgovError(f"{path}:{line}: empty `file`")
            year_text = get("year", "")
            if year_text and not (year_text.isdigit() and MIN_YEAR <= int(year_text) <= MAX_YEAR):
                raise LawgovError(f"{path}:{line}: bad year {year_text!r} for {name}")
            places = {k: get(k, "") for k in ("district", "city", "province", "adcode")}
            rows[name] = ManifestRow(name, year=int(year_text) if year_text else None, **places)
    return rows


def find_metadata(
    text: str,
    *,
    source_name: str,
    title: str | None = None,
    published: str | None = None,
    manifest: ManifestRow | None = None,
) -> ReportMeta:
    """District, place codes and report year of one report, each with its source."""
    year, year_source = _find_year(text, source_name, title, published, manifest)
    district, context, district_source = _find_district(text, source_name, title, manifest)
    p = _place(district, context, text, manifest)
    # Positional, in ReportMeta's field order.
    return ReportMeta(
        district, p.city, p.province, p.adcode, year, year_source, district_source, p.status
    )


def _find_year(
    text: str, source_name: str, title: str | None, published: str | None, m: ManifestRow | None
) -> tuple[int | None, str]:
    date = _published_date(text, published)
    cap, title = (date[0] if date else None), title or ""
    for find, source in (
        (lambda: m.year if m else None, "manifest"),
        (lambda: year_in_text(text), "text"),
        (lambda: _year_in(title, _TITLE_YEAR) or _year_in(title, _OPENING_YEAR), "title"),
        (lambda: _year_in(Path(source_name).stem, _FILE_YEAR), "filename"),
        (lambda: year_from_date(text, date), "inferred"),
        (lambda: infer_year(text, cap), "inferred"),
    ):
        if (year := find()) is not None:
            return year, source
    return None, ""


def year_in_text(text: str) -> int | None:
    """The year a report states it covers, from its title lines and opening.

    >>> year_in_text("关于沙坪坝区2023年法治政府建设情况的报告\\n正文")
    2023
    >>> year_in_text("前言。现将2022年度法治政府建设情况报告如下:")
    2022
    >>> year_in_text("今天是2019年10月31日") is None
    True
    """
    head = text[:HEAD]
    title_lines = "\n".join(line for line in head.splitlines() if len(line.strip()) <= 80)
    for pattern, where in (
        (_TITLE_YEAR, title_lines),
        (_REPORT_AS_FOLLOWS, text[: 3 * HEAD]),
        (_YEAR_OF_WORK, head),
        (_OPENING_YEAR, head),
    ):
        year = _year_in(where, pattern)
        if year is not None:
            return year
    return None


def infer_year(text: str, cap: int | None = None) -> int | None:
    """The work year when the report never states it: the most frequent year the body
    mentions (ties to the later one, none after ``cap``, the publication year), raised to the
    year of the latest late-in-year event the report cites (二十届三中全会 -> 2024).

    >>> infer_year("2022年我区获评示范。今年以来,深入学习党的二十届三中全会精神")
    2024
    """
    body = _NOT_WORK_YEAR.sub(" ", text)
    years = Counter(
        y for y in map(int, (m.group(1) for m in _ANY_YEAR.finditer(body))) if not cap or y <= cap
    )
    floors = [y for event, y in _EVENT_FLOORS if event in text and (not cap or y <= cap)]
    best = max(years, key=lambda y: (years[y], y)) if years else None
    floor = max(floors, default=None)
    if best is None or (floor is not None and floor > best):
        return floor
    return best


def _published_date(text: str, published: str | None) -> tuple[int, int, int] | None:
    """The page's publication date: the reader's (ISO) or one the text's opening labels."""
    found = regex.match(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", published or "")
    found = found or _STATED_PUBLISHED.search(text[:HEAD])
    if not found:
        return None
    year, month, day = map(int, found.groups())
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def year_from_date(text: str, date: tuple[int, int, int] | None) -> int | None:
    """The work year of a dated page that states none: news of the year it was published in.

    Only a page that names no work year of its own: 今年以来 in a page published from April
    on; days without a year (3月24日) all before the publication date (after it: the year
    before); failing those, a page published in the second half of its year (an annual
    report on the year before comes out by spring, and says which year it covers).

    >>> year_from_date("3月24日,我县召开交办会。", (2020, 3, 26))
    2020
    >>> year_from_date("12月4日开展宪法宣传。", (2021, 1, 10))
    2020
    >>> year_from_date("全县开展普法活动245场。", (2024, 3, 6)) is None
    True
    """
    if date is None:
        return None
    year, month, day = date
    if _THIS_YEAR.search(text[:HEAD]) and month >= 4:
        return year
    if _ANY_YEAR.search(_NOT_WORK_YEAR.sub(" ", text)) or any(e in text for e, _ in _EVENT_FLOORS):
        return None  # the page names years: infer_year weighs them
    days = {(int(m), int(d)) for m, d in _YEARLESS_DAY.findall(text) if 1 <= int(m) <= 12}
    if days:
        before = [md <= (month, day) for md in days]
        return year if all(before) else year - 1 if not any(before) else None
    return year if month >= 7 else None


def _year_in(text: str, pattern: regex.Pattern[str]) -> int | None:
    for match in pattern.finditer(text):
        year = int(match.group(1))
        if MIN_YEAR <= year <= MAX_YEAR:
            return year
    return None


def _find_district(
    text: str, source_name: str, title: str | None, m: ManifestRow | None
) -> tuple[str, list[str], str]:
    if m and m.district:
        return m.district, [], "manifest"
    head = text[:HEAD]
    # The text's place names and how it calls itself: found once, and only if a step below
    # gets that far (a title line settles most reports).
    names = functools.cache(lambda: gazetteer.find_names(text))
    levels = functools.cache(lambda: _self_levels(text, names()))
    # Strong evidence first (a title line, the opening's subject, the page title), then the
    # weaker counting of mentions, then the file name.
    for find, source in (
        (lambda: _title_district(head), "text"),
        (lambda: _subject_district(head), "text"),
        (lambda: _title_district(title or "", any_length=True), "title"),
        (lambda: _town_district(text, names), "text"),
        (lambda: _counted_district(text, levels()), "text"),
        (lambda: _slogan_district(text, levels()), "text"),
        (lambda: _site_district(text, levels()), "text"),
        (lambda: _first_chain(Path(source_name).stem), "filename"),
    ):
        if found := find():
            return found[0], found[1], source
    return "", [], ""


def _title_district(head: str, any_length: bool = False) -> tuple[str, list[str]] | None:
    """The government a title line names: 广州市越秀区人民政府2022年…报告 -> 越秀区."""
    for line in head.splitlines():
        if not (any_length or len(line.strip()) <= 80):
            continue
        for words in _TITLE_WORDS.finditer(line):
            before = line[: words.start()]
            # 《江苏省法治政府建设年度报告规定》 names a document, not this report.
            if before.count("《") == before.count("》") and (found := _first_chain(before)):
                return found
    return None


def _first_chain(text: str) -> tuple[str, list[str]] | None:
    """The first run of adjacent place names; the last is the government, the rest context.

    >>> _first_chain("重庆市长寿区司法局")
    ('长寿区', ['重庆市'])
    """
    mentions = gazetteer.find_names(text)
    if not mentions:
        return None
    chain = [mentions[0]]
    for start, div in mentions[1:]:
        if start != chain[-1][0] + len(chain[-1][1].name):
            break
        chain.append((start, div))
    return chain[-1][1].name, [div.name for _, div in chain[:-1]]


def _subject_district(head: str) -> tuple[str, list[str]] | None:
    """The place an opening sentence is about: 2020年,沙坪坝区坚持… / 和平区人民政府始终….

    >>> _subject_district("按照北京市对法治政府的要求,海淀区坚持依法行政")
    ('海淀区', [])
    """
    for start, div in gazetteer.find_names(head):
        end = start + len(div.name)
        if not _SUBJECT_VERB.match(head, end):
            continue
        clause = max(head.rfind(p, 0, start) for p in ",,。;:】\n") + 1
        # The subject opens its clause, after at most a year (2024年水磨沟区…), so that
        # 根据辽宁省全面… does not make a county report the province's.
        subject = head[_CLAUSE_LEAD.match(head, clause).end() : end]
        if (found := _first_chain(subject)) and "".join(found[1]) + found[0] == subject:
            return found
    return None


def _counted_district(text: str, self_levels: Counter[str]) -> tuple[str, list[str]] | None:
    """The most mentioned place of the report's own level (区 when it says 我区, 全区, 区委…);
    failing that, one the opening names in short form (全省 … 江苏).  Mentions in the
    opening count double: a report names itself there.  A partner or a county helped
    (与沙坪坝区…, 对口支援疏附县) does not count, and a report that states its level but
    names no place of it has none: a city report listing its counties is not theirs.  Only a
    report that never states its level falls back to the most mentioned place.
    """
    levels = [c for c, _ in self_levels.most_common()]
    text = _OTHER_PLACE.sub(lambda m: " " * len(m.group()), text)
    score: Counter[str] = Counter()
    for start, div in gazetteer.find_names(text):
        score[div.name] += 2 if start < HEAD else 1
    for scores in (score, gazetteer.short_mentions(text[:HEAD])):
        for level_char in levels:
            own = [name for name in scores if _level_char(name) == level_char]
            if own:
                return max(own, key=scores.__getitem__), []
    if levels or _TOWN_SELF_REF.search(text):
        return None  # the report states its level (全市, 全镇) and names no place of it
    return (max(score, key=score.__getitem__), []) if score else None


def _self_levels(text: str, names: list[tuple[int, gazetteer.Division]]) -> Counter[str]:
    """How often the report calls itself 区, 县, 市… (我区, 全县, 市政府), not counting the
    suffix of a place name in ``names`` (岳阳县人民政府 is not 县政府)."""
    name_ends = {start + len(div.name) for start, div in names}
    return Counter(
        m.group(1) or m.group(2)
        for m in _SELF_REF.finditer(text)
        if not (m.group(2) and m.start() + 1 in name_ends)
    )


def _town_district(
    text: str, names: Callable[[], list[tuple[int, gazetteer.Division]]]
) -> tuple[str, list[str]] | None:
    """The county of a town or street report: 嘉善县大云镇人民政府 … 全镇 -> 嘉善县."""
    if not _TOWN_SELF_REF.search(text):
        return None
    counties = {
        div.name
        for start, div in names()
        if div.level == "county" and _TOWN_OF.match(text, start + len(div.name))
    }
    return (counties.pop(), []) if len(counties) == 1 else None


def _site_district(text: str, levels: Counter[str]) -> tuple[str, list[str]] | None:
    """The place a government website's code names, when the report calls itself by that
    place's level (济源 site 419001… and 市政府 -> 济源市).  Not for a 区: a city's portal,
    which also hosts its districts' reports, is often registered in one of its districts.
    """
    codes = {m.group(1) for m in _SITE_CODE.finditer(text)}
    divs = {gazetteer.by_adcode(code) for code in codes} - {None}
    if len(divs) != 1 or not levels:
        return None
    (div,) = divs
    assert div is not None
    level_char = levels.most_common(1)[0][0]
    if div.level == "province" or _level_char(div.name) != level_char or level_char == "区":
        return None
    return div.name, [n for n in (div.city, div.province) if n and n != div.name]


def _slogan_district(text: str, levels: Counter[str]) -> tuple[str, list[str]] | None:
    """A county that names itself only in short form, in a slogan: 建设法治铜梁, 结合铜梁实际.

    Only of the level the report calls itself (全区 …), only a short form that is one
    county's and no everyday word, and only when every such slogan agrees.
    """
    if not levels:
        return None
    level_char = levels.most_common(1)[0][0]
    found: set[gazetteer.Division] = set()
    for bare, div in gazetteer.county_short_forms(level_char):
        if bare in _COMMON_WORDS:
            continue
        pos = text.find(bare)
        while pos >= 0:
            end = pos + len(bare)
            full_name = text.startswith(div.name, pos)  # counted elsewhere
            if not full_name and (
                _SLOGAN_BEFORE.search(text, max(0, pos - 2), pos) or _SLOGAN_AFTER.match(text, end)
            ):
                found.add(div)
            pos = text.find(bare, pos + 1)
    if len(found) != 1:
        return None
    (div,) = found
    return div.name, [n for n in (div.city, div.province) if n]


def _level_char(name: str) -> str:
    return "县" if name.endswith(("县", "旗")) else name[-1]


def _place(
    district: str, context: list[str], text: str, m: ManifestRow | None
) -> gazetteer.Resolution:
    if not district:
        return gazetteer.Resolution("", "unknown")
    given = [m.city, m.province] if m else []
    found = gazetteer.resolve(district, [c for c in context + given if c])
    if found.status == "ambiguous":
        found = gazetteer.resolve(district, gazetteer.context_for(district, text))
    if not (m and m.district):
        return found
    # What the manifest states wins field by field over the gazetteer.
    return replace(
        found,
        status="" if m.adcode else found.status,
        adcode=m.adcode or found.adcode,
        city=m.city or found.city,
        province=m.province or found.province,
    )

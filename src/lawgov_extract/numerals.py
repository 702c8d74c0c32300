"""Numerals and quantities as written in 法治政府建设年度报告, and their one vocabulary.

Two parsers:

- :func:`parse_number` turns one bare numeral (``"4139.7284万"``, ``"两千"``, ``"壹万贰仟"``,
  ``"5万4千6百"``, ``"百分之百"``, ``"-5"``) into a :class:`~decimal.Decimal`.
- :func:`parse_quantity` turns a matched span ``qualifier + number + unit + qualifier``
  (``"3300余件"``, ``"5个工作日内"``, ``"近九成"``, ``"4.5个百分点"``) into a :class:`Quantity`.

Both return ``None`` rather than a wrong number: text that is not exactly one quantity
(``七五普法``, ``一网通办``, ``第三季度``, ``2023年``, ``12345热线``, ``〔2023〕15号``) is rejected.
Traditional script (``兩萬``, ``個百分點``) is read through OpenCC, Chinese integers through
``cn2an`` (both imported lazily: they cost ~0.2 s); Arabic digits, 万/亿, signs, 余/多/几,
半, 成, fractions and the qualifiers are read here, always with ``Decimal``.

The vocabulary
--------------
Every word list lives here, immutable, and the pattern packs' quantity macros (``{NUM}``,
``{CASE}``, ``{RATE}`` ...) and the sentence pre-filter are generated from it, so a unit the
parser knows is a unit the packs read:

- :data:`UNIT_CLASSES`: class name -> its units (``"case"``: 件 起 宗 ..., ``"rate"``: % ‰ 成).
- :data:`MEASURE_WORD_UNITS`: the units that take the measure word 个 (35个工作日), and
  :data:`MEASURE_WORD_REQUIRED` those that need it (3个月; 3月 is March, 三季度 a quarter).
- :data:`CANONICAL_UNITS`: the unit a written unit is reported as (成 and ‰ -> %, 百分点 ->
  个百分点); :data:`UNITS` every unit a :class:`Quantity` can have.
- :data:`UNIT_GUARDS`: what may not follow a unit (5部门 is no count of 部, 3周年 no duration).
- :data:`PREFIX_QUALIFIERS` (约 近 超过 不足 ...) and :data:`SUFFIX_QUALIFIERS` (以上 左右
  以内 ...), each word with its :data:`Qualifier`; :data:`APPROX_WORDS` (余 多 来 几) follow the
  number and make it ``approx``.
- :data:`NUMBER_PATTERN`: one bare numeral; :func:`quantity_pattern` a quantity of given unit
  classes; :func:`prefix_pattern`, :func:`approx_pattern`, :func:`suffix_pattern` the
  qualifier words; :data:`QUANTITY_START` the characters a quantity can start with, and
  :data:`CHINESE_NUMERALS` the characters of Chinese numerals.

Every pattern has no capturing group and compiles in ``re`` and ``regex`` alike:

>>> import regex
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "受理1,700余件，办结百分之百，用时半天")]
['1,700', '百分之百', '半']
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "２０２３年七五普法")]
['２０２３', '七五']
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "百余场,近千人次,数百件,千方百计")]
['百', '千']
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "败诉率为-5%，2019-2023年，3-5个工作日")]
['-5', '2019', '2023', '3', '5']
>>> regex.fullmatch(quantity_pattern("case"), "近3000件") is not None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, Inexact, InvalidOperation, localcontext
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Literal

__all__ = [
    "APPROX_WORDS",
    "CHINESE_NUMERALS",
    "CANONICAL_UNITS",
    "MEASURE_WORD",
    "MEASURE_WORD_REQUIRED",
    "MEASURE_WORD_UNITS",
    "NUMBER_PATTERN",
    "PREFIX_QUALIFIERS",
    "QUANTITY_START",
    "SUFFIX_QUALIFIERS",
    "UNITS",
    "UNIT_CLASSES",
    "UNIT_GUARDS",
    "Quantity",
    "Qualifier",
    "approx_pattern",
    "parse_number",
    "parse_quantity",
    "prefix_pattern",
    "quantity_pattern",
    "suffix_pattern",
    "units",
]

Qualifier = Literal["exact", "approx", "at_least", "at_most"]

# ---------------------------------------------------------------------------------------------
# The vocabulary. Longest units first where one extends another (场次 before 场).

UNIT_CLASSES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "case": ("件", "起", "宗", "例", "单", "个"),  # cases, disputes, proposals
        "item": ("条", "件", "篇", "项", "个", "份", "则", "部"),  # documents, items, rules
        "event": ("场次", "场", "次", "期", "堂", "节", "轮"),  # sessions, events
        "visit": ("人次",),  # attendances
        "people": ("人", "名", "位"),
        "rate": ("%", "‰", "成"),  # read as % (九成 = 90 %); 百分之/千分之/三分之一 need none
        "points": ("百分点",),  # 4.5个百分点: a change of a rate, never a rate
        "duration": ("工作日", "自然日", "日", "天", "小时", "分钟", "月", "周", "星期"),
        "span": ("年", "季度"),  # longer periods (3年, 两个季度)
        "money": ("元",),  # 万元/亿元 through the multipliers
        "place": ("户", "家", "所", "处"),  # households, firms, schools, sites
        "thing": ("本", "套", "张", "台", "支", "批", "类"),
        "tally": ("户次", "件次", "批次"),
    }
)
"""Unit class -> its units, as written after the number."""

MEASURE_WORD = "个"
"""The measure word between a number and some units (35个工作日, 1个半月, 5个百分点)."""

MEASURE_WORD_UNITS: frozenset[str] = frozenset(
    {"工作日", "自然日", "小时", "月", "星期", "季度", "百分点"}
)
"""Units that may take 个; it is dropped from the unit (35个工作日 -> 工作日)."""

MEASURE_WORD_REQUIRED: frozenset[str] = frozenset({"月", "季度"})
"""Units that are a duration only with 个: 3个月 is three months, 3月 is March."""

CANONICAL_UNITS: Mapping[str, str] = MappingProxyType({"成": "%", "‰": "%", "百分点": "个百分点"})
"""Written unit -> reported unit (the value is scaled: 九成 = 90 %, 3‰ = 0.3 %)."""

UNIT_GUARDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "部": ("门", "署", "分", "位", "长", "队", "委"),  # 5部门, 3部署
        "名": ("单", "称", "义", "额", "录"),  # 名单, 名称
        "单": ("位", "元", "独", "项"),  # 3单位
        "周": ("年", "岁", "边"),  # 3周年 is an anniversary
        "年": ("级", "度", "龄", "代"),  # 3年级
        "成": (
            "员",
            "立",
            "为",
            "果",
            "效",
            "绩",
            "本",
            "功",
            "交",
            "熟",
            "就",
            "长",
            "品",
            "不变",
        ),
    }
)
"""Unit -> words it may not be the start of (besides the longer units: 人 is not 人次)."""

PREFIX_QUALIFIERS: Mapping[str, Qualifier] = MappingProxyType(
    {
        "约": "approx",
        "大约": "approx",
        "大概": "approx",
        "近": "approx",
        "将近": "approx",
        "接近": "approx",
        "超过": "at_least",
        "超": "at_least",
        "逾": "at_least",
        "多于": "at_least",
        "高于": "at_least",
        "大于": "at_least",
        "不少于": "at_least",
        "不低于": "at_least",
        "不下于": "at_least",
        "不超过": "at_most",
        "不足": "at_most",
        "不到": "at_most",
        "不满": "at_most",
        "少于": "at_most",
        "低于": "at_most",
        "小于": "at_most",
        "不多于": "at_most",
        "不高于": "at_most",
    }
)
"""Words before the number and the qualifier each gives (不足100件 is at most 100)."""

SUFFIX_QUALIFIERS: Mapping[str, Qualifier] = MappingProxyType(
    {
        "左右": "approx",
        "以上": "at_least",
        "以内": "at_most",
        "之内": "at_most",
        "以下": "at_most",
        "内": "at_most",  # after a duration only: 5个工作日内 (not 100件内容)
    }
)
"""Words after the unit and the qualifier each gives."""

APPROX_WORDS: tuple[str, ...] = ("余", "多", "来", "几")
"""Words right after the number that make it approximate: 3300余件, 2万多份, 十来个, 二十几万;
the value is the number written (20余万 = 200000, approx). 来 follows a round number (十来,
20来), 几 a ten or a 零 (十几, 一千五百零几万)."""


def _by_length(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def units(*classes: str) -> tuple[str, ...]:
    """The units of the given classes (all of them if none), longest first.

    >>> units("people")
    ('人', '位', '名')
    >>> units("event", "visit")[:3]
    ('人次', '场次', '场')
    """
    unknown = set(classes) - set(UNIT_CLASSES)
    if unknown:
        raise ValueError(f"unknown unit classes {sorted(unknown)}; known: {list(UNIT_CLASSES)}")
    return tuple(_by_length(u for c in (classes or tuple(UNIT_CLASSES)) for u in UNIT_CLASSES[c]))


_WRITTEN_UNITS = units()
UNITS: frozenset[str] = frozenset(CANONICAL_UNITS.get(u, u) for u in _WRITTEN_UNITS)
"""Every unit a parsed :class:`Quantity` can have, besides ``""`` (a bare number)."""

_TIME_UNITS = frozenset(UNIT_CLASSES["duration"] + UNIT_CLASSES["span"])
_CHENG = "1-9一二两三四五六七八九十"  # the numerals before 成

# ---------------------------------------------------------------------------------------------
# The numeral grammar, built from character classes.

_D = "0-9０-９"
_CN_DIGITS = "〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖廿卅"
_CN = _CN_DIGITS + "十拾百佰千仟万亿"
CHINESE_NUMERALS: str = _CN
"""The characters of Chinese numerals: digits (with 两, financial 壹…玖, 廿 卅) and units."""
_DECIMALS = "〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖"  # after 点 (no 两)
_SIGNS = "-－−"
# A dash after these joins two numbers (2019-2023, 3-5个工作日, 1月-3月): a range, not a sign.
_RANGE_BEFORE = (
    _D
    + _CN
    + "%‰.．A-Za-z)）\\]】号时分秒"
    + "".join(sorted({u[-1] for u in _WRITTEN_UNITS if u not in "%‰"}))
)
# 负 is a sign only after these (为负5%, 率负3%); elsewhere it is a word (肩负3项, 胜负).
_NEG_BEFORE = r"\s(（:：,，、;；=为是达至到在率幅长由从比"

_SIGN = rf"(?:(?<![{_RANGE_BEFORE}])[{_SIGNS}]|(?:^|(?<=[{_NEG_BEFORE}]))负)"
# No sign: then the number may not start right after one (5 in 为-5% is part of -5).
_NO_SIGN = rf"(?<![^{_RANGE_BEFORE}][{_SIGNS}]|[{_NEG_BEFORE}]负)(?<!^[{_SIGNS}负])"
_SIGNED = f"(?:{_SIGN}|{_NO_SIGN})"

# Arabic: 1,700 / １２ / 99.98 / 4139.7284万, then sections in Chinese units (5万4千6百,
# 3万4000, 2千零30万, 100万三千). Never starts inside another number or after 第 (an ordinal).
# 千/百 right after digits only where no 千米/千瓦/千克 or 百分点 follows.
_ARABIC = (
    rf"(?<![{_D}第数几])(?<![{_D}][.．])[{_D}]+(?:[,，][{_D}]{{3}}(?![{_D}]))*(?:[.．][{_D}]+)?"
    rf"(?:(?:[万亿]|[百佰千仟](?![米瓦克伏焦兆分]))(?:[{_D}]+|[{_CN}])*)?"
)
# Chinese: starts with a digit or 十 (千三/百三 colloquially with 千/百 before a digit), never
# with a bare 万/亿 (万一 is "in case"); 参 (參, financial 3) only before a unit; 点 + digits.
_CHINESE = (
    rf"(?<![{_D}{_CN}点数几第])"
    rf"(?:[{_CN_DIGITS}十拾]|[百千](?=[一二三四五六七八九两])|参(?=[拾佰仟]))"
    rf"(?:[{_CN}]|参(?=[拾佰仟万亿]))*(?:点[{_DECIMALS}]+(?:万亿|[万亿])?)?"
)
_BODY = f"(?:{_ARABIC}|{_CHINESE})"
# 百分之 / 千分之 / 万分之 without a number before them.
_PER = rf"(?<![{_D}{_CN}点])[百千万]分之(?:{_BODY}|百)"


def _after_prefix() -> str:
    """Right after a qualifier word: one lookbehind per word length (``re`` needs each to
    have one width)."""
    widths = sorted({len(w) for w in PREFIX_QUALIFIERS}, reverse=True)
    return "|".join(
        "(?<=" + "|".join(re.escape(w) for w in _by_length(PREFIX_QUALIFIERS) if len(w) == n) + ")"
        for n in widths
    )


# Round numbers without a digit: 百余件, 千余人次, 万余条, 近百次, 逾千场, 不足百人. A bare
# 百/千/万 is a numeral only before 余/多/来 or after a qualifier, never in 百姓, 千方百计, 数百.
_ROUND = (
    rf"(?:(?<![{_CN}点数几第上{_D}.．])[百千万](?=[余多来])"
    rf"|(?=[百千万])(?:{_after_prefix()})(?:[百千][万亿]?|万)(?![{_CN_DIGITS}十百千分]))"
)
_HALF = "(?:半百|半(?![余多来几]))"  # 半余件 is nothing; 半百余人 is 50余人
_PLAIN = f"(?:{_BODY}|{_HALF}|{_ROUND})"

# Checked first: the sign's lookbehinds cost more than one look at the next character.
_FIRST = f"(?=[{_D}{_CN}参半负－−-])"
NUMBER_PATTERN: str = f"{_FIRST}{_SIGNED}(?:{_BODY}(?:分之(?:{_BODY}|百))?|{_PER}|半百?|{_ROUND})"
"""One numeral as it appears in (cleaned, simplified) text: a sign, Arabic or Chinese digits
with their units, 百分之…, 三分之一, 半, 百/千 before 余; no unit, no qualifier."""

QUANTITY_START: str = (
    "[0-9０-９"
    + "".join(sorted(set(_CN_DIGITS + "十拾百千万半参负－−") | {w[0] for w in PREFIX_QUALIFIERS}))
    + "-]"
)
"""A character class of the first characters of a quantity (for a cheap lookahead before a
costly check, as the packs' ``{NOTPLAN}`` does)."""


def prefix_pattern() -> str:
    """The qualifier words before the number, longest first.

    >>> prefix_pattern().split("|")[:3]
    ['不下于', '不低于', '不多于']
    """
    return "|".join(re.escape(w) for w in _by_length(PREFIX_QUALIFIERS))


def approx_pattern() -> str:
    """The words after the number that make it approximate (余 多 来 几, see APPROX_WORDS)."""
    return "余|多|(?<=[0０十百千])来|(?<=[十零])几"


def suffix_pattern(*classes: str) -> str:
    """The qualifier words after the unit; 内 only if a time class is among ``classes``.

    >>> suffix_pattern("case")
    '之内|以上|以下|以内|左右'
    >>> suffix_pattern("duration").endswith("|内")
    True
    """
    timed = any(u in _TIME_UNITS for u in units(*classes))
    return "|".join(w for w in _by_length(SUFFIX_QUALIFIERS) if w != "内" or timed)


def _unit_alternative(unit: str) -> str:
    """One unit as a regex, with its measure word, the words that follow it, and its guard."""
    longer = [u[len(unit) :] for u in _WRITTEN_UNITS if u.startswith(unit) and u != unit]
    if unit == MEASURE_WORD:  # 3个 is no count in 3个月, 3个多小时, 5个百分点
        longer += [f"{q}{u}" for q in ("", "半", "多", "余") for u in MEASURE_WORD_UNITS]
    guard = _by_length(longer + list(UNIT_GUARDS.get(unit, ())))
    body = re.escape(unit)
    if unit in MEASURE_WORD_UNITS:
        with_ge = f"{MEASURE_WORD}(?:半|多|余)?{body}"
        body = with_ge if unit in MEASURE_WORD_REQUIRED else f"(?:{with_ge}|{body})"
    if unit == "成":  # after one digit or 十: 九成, 八成五 = 85 %, 九成多; not 15成
        body = (
            f"(?<=(?<![{_D}{_CN}点.．负－−-])[{_CHENG}])"
            f"{body}(?:[一二三四五六七八九](?![十百千万])|多|余)?"
        )
    elif unit == "年":  # 2023年 is a year
        body = f"(?<!(?<![{_D}])[1１2２][{_D}]{{3}})" + body + "半?"
    elif unit in _TIME_UNITS and unit not in MEASURE_WORD_REQUIRED:
        body += "半?"  # 一天半, 两年半
    return body + (f"(?!{'|'.join(map(re.escape, guard))})" if guard else "")


def quantity_pattern(*classes: str) -> str:
    """The regex of one quantity with a unit of the given classes, as parse_quantity reads it.

    ``[qualifier] number [余|多|来|几 [万|亿]] [个] unit [qualifier]``; for ``"rate"`` also
    百分之九十, 三分之一 and 千分之三 without a unit. No capturing groups. Every match parses
    to a unit of these classes, except what only the parser can tell: ill-formed Chinese
    numerals (一亿一千), Chinese digit strings (七五件) and two qualifiers (约100件以上).

    >>> import re
    >>> [m.group() for m in re.finditer(quantity_pattern("case"), "受理3300余件，审结近九成")]
    ['3300余件']
    >>> [m.group() for m in re.finditer(quantity_pattern("rate"), "受理3300余件，审结近九成")]
    ['近九成']
    >>> re.findall(quantity_pattern("duration"), "由20个工作日压缩至一个半小时内")
    ['20个工作日', '一个半小时内']
    """
    alternatives = "|".join(_unit_alternative(u) for u in units(*classes))
    after = f"(?:(?:{approx_pattern()})(?:万亿|[万亿])?)?(?:{alternatives})"
    if "rate" in classes:
        fraction = f"分之(?:{_BODY}|百)"  # 三分之一: the body is read once for both
        core = (
            f"{_FIRST}{_SIGNED}(?:{_BODY}(?:{fraction}|{after})|{_PER}|(?:{_HALF}|{_ROUND}){after})"
        )
    else:
        core = f"{_FIRST}{_SIGNED}{_PLAIN}{after}"
    return f"(?:{prefix_pattern()})?{core}(?:{suffix_pattern(*classes)})?"


# ---------------------------------------------------------------------------------------------
# The parser.

_QUANTITY_RE = re.compile(
    rf"(?P<pre>{prefix_pattern()})?"
    rf"(?P<num>{NUMBER_PATTERN})"
    rf"(?P<fuzz>{approx_pattern()})?(?P<mult>万亿|[万亿])?"
    r"(?P<ge>个)?(?P<half>半)?(?P<fuzz2>[余多])?"
    rf"(?P<unit>{'|'.join(map(re.escape, _WRITTEN_UNITS))})?"
    r"(?P<tail>半|[余多]|[一二三四五六七八九])?"
    rf"(?P<post>{suffix_pattern()})?"
)
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_ARABIC_RE = re.compile(r"([0-9]+(?:,[0-9]{3})*)(?:\.([0-9]+))?(万亿|[万亿千仟百佰])?")
_CHINESE_RE = re.compile(rf"([{_CN}参]+)(?:点([{_DECIMALS}]+)(万亿|[万亿])?)?")
_MIXED_RE = re.compile(rf"[0-9,{_CN}参]+")
_DIGIT_STRING_RE = re.compile(f"[{_CN_DIGITS.replace('两', '').replace('廿卅', '')}]{{2,}}")
_MULTIPLIERS = MappingProxyType(
    {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千": 1000, "仟": 1000, "百": 100, "佰": 100}
)
_DECIMAL_DIGITS = str.maketrans(_DECIMALS, "00" + "123456789" * 2)
_ROUND_VALUES = MappingProxyType(
    {
        "百": 100,
        "千": 1000,
        "万": 10**4,
        "百万": 10**6,
        "千万": 10**7,
        "百亿": 10**10,
        "千亿": 10**11,
        "半百": 50,
    }
)
_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class Quantity:
    """A normalized value with its unit (``""`` if none) and qualifier."""

    value: Decimal
    unit: str
    qualifier: Qualifier = "exact"


def _fold(text: str) -> str:
    """NFKC (full-width digits, ，．％ to ASCII), minus signs to ``-``, and no blanks except
    between two digits (7 万 5 千 -> 7万5千; 3 5件 keeps its blank and is rejected)."""
    text = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    return re.sub(r"(?<![0-9])\s+|\s+(?![0-9])", "", text)


@cache
def _t2s() -> object:
    import opencc  # noqa: PLC0415 - slow import, only for traditional script

    return opencc.OpenCC("t2s")


# Every character the grammar reads: a span made only of these needs no OpenCC.
_ALPHABET = frozenset(
    "0123456789,.%‰-"
    + _CN
    + "参点分之半负余多来几"
    + MEASURE_WORD
    + "".join(_WRITTEN_UNITS)
    + "".join(PREFIX_QUALIFIERS)
    + "".join(SUFFIX_QUALIFIERS)
)


def _forms(text: str) -> Iterator[str]:
    """The folded text, then (if it has a character the grammar does not know) its
    simplified form: 兩萬 -> 两万, 個百分點 -> 个百分点, 參佰 -> 参佰."""
    folded = _fold(text)
    yield folded
    if not _ALPHABET.issuperset(folded):
        simplified = _t2s().convert(folded)  # type: ignore[attr-defined]
        if simplified != folded:
            yield simplified


def _tidy(value: Decimal) -> Decimal | None:
    """Drop exponents and trailing zeros: 41397284.0000 -> 41397284, 0.50 -> 0.5."""
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:
        return None


@lru_cache(maxsize=1024)
def _chinese_integer(text: str) -> int | None:
    """A Chinese integer (lower or financial case, 廿, colloquial 千三/两千六) via cn2an."""
    if text != "两" and re.search("十两|两(?![百佰千仟万亿])", text):
        return None  # 二十两, 两两: 两 is a numeral only alone or before 百千万亿
    text = text.replace("廿", "二十").replace("卅", "三十").replace("参", "叁")
    if text[0] in "百千":
        text = "一" + text  # 千三 = 一千三 = 1300
    import cn2an  # noqa: PLC0415 - slow import, only for Chinese numerals

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return value if isinstance(value, int) else None


@lru_cache(maxsize=1024)
def _mixed_integer(text: str) -> int | None:
    """Arabic digits in Chinese sections (5万4千6百, 3万4000, 1万10, 100万三千): each digit run
    becomes Chinese (cn2an.an2cn), then the whole is read as a Chinese integer. cn2an's own
    smart mode does the same but drops the 一 of 十 (1万10 -> 一万十, which it rejects)."""
    import cn2an  # noqa: PLC0415 - slow import, only for Chinese numerals

    def chinese(m: re.Match[str]) -> str:
        digits = cn2an.an2cn(int(m[0]))
        return "一" + digits if m.start() and digits.startswith("十") else digits

    return _chinese_integer(re.sub("[0-9]+", chinese, text))


def _signed(sign: str, value: Decimal) -> Decimal:
    return -value if sign else value


def _unsigned(text: str) -> Decimal | None:
    """Value of a numeral without sign and without a fraction (NFKC-folded)."""
    if text in _ROUND_VALUES:
        return Decimal(_ROUND_VALUES[text])
    if text == "半":
        return Decimal("0.5")
    if m := _ARABIC_RE.fullmatch(text):
        whole, fraction, mult = m.groups()
        value = Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
        return value * _MULTIPLIERS[mult] if mult else value
    if m := _CHINESE_RE.fullmatch(text):
        whole, fraction, mult = m.groups()
        integer = _chinese_integer(whole)
        if integer is None:
            return None
        if fraction:
            value = Decimal(f"{integer}.{fraction.translate(_DECIMAL_DIGITS)}")
            return value * _MULTIPLIERS[mult] if mult else value  # 十二点五万
        return Decimal(integer)
    if "." not in text and _MIXED_RE.fullmatch(text):
        integer = _mixed_integer(text.replace(",", ""))
        return None if integer is None else Decimal(integer)
    return None


def _number(text: str) -> tuple[Decimal, str] | None:
    """Value and kind of a folded numeral matched by NUMBER_PATTERN.

    Kinds: ``number``, ``percent`` (百分之…, 三分之一: the value is in %), ``half`` (半),
    ``digits`` (a Chinese digit string such as 七五 or 二〇二三: a name or a year, no count).
    """
    sign = ""
    if text[0] in "-负":
        sign, text = "-", text[1:]
    if "分之" in text:
        denominator, numerator = text.split("分之")
        den = _unsigned(denominator)
        num = Decimal(100) if numerator == "百" else _unsigned(numerator)
        if den is None or num is None or den == 0:
            return None
        try:
            with localcontext() as exact:
                exact.traps[Inexact] = True
                value = num * 100 / den
        except Inexact:  # 三分之一: a repeating decimal, rounded
            value = (num * 100 / den).quantize(_PLACES, ROUND_HALF_EVEN)
        return _signed(sign, value), "percent"
    value = _unsigned(text)
    if value is None:
        return None
    kind = "half" if text == "半" else "digits" if _DIGIT_STRING_RE.fullmatch(text) else "number"
    return _signed(sign, value), kind


@lru_cache(maxsize=4096)
def _parse_number(text: str) -> Decimal | None:
    for form in _forms(text):
        if _NUMBER_RE.fullmatch(form) and (parsed := _number(form)) is not None:
            return _tidy(parsed[0])
    return None


def parse_number(text: str) -> Decimal | None:
    """Parse one bare numeral (no unit, no qualifier); ``None`` if it is not exactly one.

    Fractions are read in percent, as 百分之 is (三分之一 = 33.3333, rounded to 4 places).

    >>> parse_number("4139.7284万")
    Decimal('41397284')
    >>> parse_number("3,300"), parse_number("１２"), parse_number("二〇二三")
    (Decimal('3300'), Decimal('12'), Decimal('2023'))
    >>> parse_number("两千"), parse_number("一千零五"), parse_number("九十九点五")
    (Decimal('2000'), Decimal('1005'), Decimal('99.5'))
    >>> parse_number("壹万贰仟"), parse_number("兩萬"), parse_number("5万4千6百")
    (Decimal('12000'), Decimal('20000'), Decimal('54600'))
    >>> parse_number("半"), parse_number("百分之九十九点五"), parse_number("千分之三")
    (Decimal('0.5'), Decimal('99.5'), Decimal('0.3'))
    >>> parse_number("-5"), parse_number("负3.5")
    (Decimal('-5'), Decimal('-3.5'))
    >>> parse_number("3300余") is None, parse_number("abc") is None
    (True, True)
    """
    return _parse_number(text)


def _quantity(m: re.Match[str]) -> Quantity | None:
    num, fuzz, mult, unit = m["num"], m["fuzz"], m["mult"], m["unit"] or ""
    tail = m["tail"]
    if fuzz == "几":  # 十几, 二十几万, 一千五百零几万: the number written, approx
        num = num[:-1] if num.endswith("零") else num
    parsed = _number(num)
    if parsed is None:
        return None
    value, kind = parsed
    if kind == "digits":
        return None  # 七五, 二〇二三, 三四件: names, years and ranges, not one count
    if fuzz and kind == "half":
        return None  # 半余件
    if mult:
        if not fuzz or num[-1] in "万亿" or kind != "number":
            return None  # 20余万 is fine; 2万余万 and 百分之五余万 are not
        value *= _MULTIPLIERS[mult]
    if m["ge"]:
        if not unit:
            unit = MEASURE_WORD
        elif unit not in MEASURE_WORD_UNITS:
            return None  # 35个件
    elif unit in MEASURE_WORD_REQUIRED:
        return None  # 3月 is March, 三季度 a quarter
    if m["half"]:
        if not m["ge"] or kind == "half" or fuzz:
            return None
        value += Decimal("0.5")
    if m["fuzz2"] and not m["ge"]:
        return None
    if kind == "percent":
        if unit:
            return None  # 百分之五十件
        unit = "%"
    if tail:
        if unit == "成" and tail != "半":
            if tail in "余多":
                fuzz = fuzz or tail
            elif value == value.to_integral_value() and 0 < value < 10:
                value += Decimal("一二三四五六七八九".index(tail) + 1) / 10  # 八成五 = 85 %
            else:
                return None
        elif tail == "半" and unit in _TIME_UNITS and not m["ge"] and kind == "number":
            value += Decimal("0.5")  # 一天半
        else:
            return None
    if unit == "成":
        if not re.fullmatch(f"[{_CHENG}]", num) or m["fuzz"] or m["ge"]:
            return None  # 15成, 九余成
        value *= 10
    elif unit == "‰":
        value /= 10
    if m["post"] == "内" and unit not in _TIME_UNITS:
        return None  # 100件内容
    if unit == "年" and re.fullmatch("[12][0-9]{3}", num):
        return None  # 2023年 is a year
    qualifiers = {PREFIX_QUALIFIERS[m["pre"]]} if m["pre"] else set()
    qualifiers |= {"approx"} if fuzz or m["fuzz2"] else set()
    qualifiers |= {SUFFIX_QUALIFIERS[m["post"]]} if m["post"] else set()
    if len(qualifiers) > 1:
        return None  # 约100件以上
    tidy = _tidy(value)
    if tidy is None:
        return None
    return Quantity(
        tidy, CANONICAL_UNITS.get(unit, unit), qualifiers.pop() if qualifiers else "exact"
    )


@lru_cache(maxsize=4096)
def _parse_quantity(text: str) -> Quantity | None:
    for form in _forms(text):
        m = _QUANTITY_RE.fullmatch(form)
        if m is not None and (quantity := _quantity(m)) is not None:
            return quantity
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Parse ``[qualifier] number [余|多] [unit] [qualifier]``; ``None`` unless exactly one.

    >>> parse_quantity("3300余件")
    Quantity(value=Decimal('3300'), unit='件', qualifier='approx')
    >>> parse_quantity("4139.7284万元")
    Quantity(value=Decimal('41397284'), unit='元', qualifier='exact')
    >>> parse_quantity("百分之九十九点五")
    Quantity(value=Decimal('99.5'), unit='%', qualifier='exact')
    >>> parse_quantity("5个工作日内")
    Quantity(value=Decimal('5'), unit='工作日', qualifier='at_most')
    >>> parse_quantity("近九成")
    Quantity(value=Decimal('90'), unit='%', qualifier='approx')
    >>> parse_quantity("4.5个百分点")
    Quantity(value=Decimal('4.5'), unit='个百分点', qualifier='exact')
    >>> parse_quantity("不足100件"), parse_quantity("-5%").value
    (Quantity(value=Decimal('100'), unit='件', qualifier='at_most'), Decimal('-5'))
    >>> parse_quantity("半天")
    Quantity(value=Decimal('0.5'), unit='天', qualifier='exact')
    >>> [parse_quantity(t) for t in ("七五普法", "2023年", "第三季度", "100%以上的")]
    [None, None, None, None]
    """
    return _parse_quantity(text)

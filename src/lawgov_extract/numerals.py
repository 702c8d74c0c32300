"""Numerals and quantities as written in 法治政府建设年度报告.

Two entry points:

- :func:`parse_number` turns one bare numeral (``"4139.7284万"``, ``"两千"``,
  ``"１２"``, ``"九十九点五"``, ``"半"``) into a :class:`~decimal.Decimal`.
- :func:`parse_quantity` turns a matched span ``qualifier + number + unit + qualifier``
  (``"3300余件"``, ``"5个工作日内"``, ``"百分之百"``) into a :class:`Quantity`.

Both return ``None`` rather than a wrong number: any leftover text that is not a known
unit or qualifier rejects the whole span. :data:`NUMBER_PATTERN` is the regex that pattern
packs embed as ``{NUM}``; it matches the numeral only, never the unit or qualifier:

>>> import regex
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "受理1,700余件，办结百分之百，用时半天")]
['1,700', '百分之百', '半']
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "２０２３年七五普法")]
['２０２３', '七五']
>>> [m.group() for m in regex.finditer(NUMBER_PATTERN, "百余场,近千人次,数百件,千方百计")]
['百', '千']

Chinese numerals go through ``cn2an`` (imported lazily: it costs ~0.2 s); Arabic digits,
万/亿 multipliers, 余/多, 半 and 百分之 are handled here, always with ``Decimal``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

__all__ = ["NUMBER_PATTERN", "Quantity", "Qualifier", "parse_number", "parse_quantity"]

Qualifier = Literal["exact", "approx", "at_least", "at_most"]

_D = "[0-9０-９]"
_CN_DIGIT = "零〇一二两三四五六七八九"
_CN_ALL = _CN_DIGIT + "十百千万亿"
_CN_FRACTION = "零〇一二三四五六七八九"  # digits after 点 (no 两)
# Arabic: 1,700 / １２ / 99.98 / 4139.7284万; never starts inside another number.
_ARABIC = rf"(?<!{_D})(?<!{_D}[.．]){_D}+(?:[,，]{_D}{{3}}(?!{_D}))*(?:[.．]{_D}+)?(?:万亿|[万亿])?"
# Chinese: starts with a digit or 十 (never with a bare 百/千/万/亿), optional 点 + digits.
_CHINESE = rf"(?<![{_CN_ALL}点])[{_CN_DIGIT}十][{_CN_ALL}]*(?:点[{_CN_FRACTION}]+)?"

# Round numbers without a digit: 百余件, 千余人次, 万余条, 近百次, 逾千场, 近万条. A bare 百/千/万
# is a numeral only before 余/多 or after 近/逾, never in 百姓, 千方百计, 数百 or 百日.
_ROUND = (
    rf"(?:(?<![{_CN_ALL}点数几0-9０-９.．])[百千万](?=[余多])"
    rf"|(?<=近|逾)(?:[百千][万亿]?|万)(?![{_CN_DIGIT}十百千分]))"
)

NUMBER_PATTERN: str = rf"(?:百分之(?:百|{_ARABIC}|{_CHINESE})|{_ARABIC}|{_CHINESE}|半|{_ROUND})"
"""One numeral as it appears in text; no capturing groups, valid in ``re`` and ``regex``."""

_MULTIPLIERS = {"万": Decimal(10**4), "亿": Decimal(10**8), "万亿": Decimal(10**12)}
_ARABIC_RE = re.compile(r"([0-9]+(?:,[0-9]{3})*)(?:\.([0-9]+))?(万亿|[万亿])?")
_CHINESE_RE = re.compile(rf"([{_CN_ALL}]+)(?:点([{_CN_FRACTION}]+))?")
_NUMBER_RE = re.compile(NUMBER_PATTERN)
_FRACTION_DIGITS = str.maketrans(_CN_FRACTION, "00123456789")

# Units that may take the measure word 个 (35个工作日, 半个月); 个 is dropped before them.
_GE_UNITS = frozenset({"工作日", "自然日", "小时", "月", "星期", "季度"})
_UNITS = sorted(
    _GE_UNITS
    | {"%", "天", "日", "分钟", "年", "周", "人次", "场次", "件次", "户次", "批次"}
    | set("件条元次场人个份宗项篇起户家名位所部本套张台期批类处支轮"),
    key=len,
    reverse=True,
)
_PREFIX: dict[str, Qualifier] = {
    "大约": "approx",
    "约": "approx",
    "将近": "approx",
    "近": "approx",
    "不超过": "at_most",
    "不足": "at_most",
    "不到": "at_most",
    "超过": "at_least",
    "多于": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "逾": "at_least",
}
_SUFFIX: dict[str, Qualifier] = {
    "左右": "approx",
    "以上": "at_least",
    "以内": "at_most",
    "之内": "at_most",
    "以下": "at_most",
    "内": "at_most",
}


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUANTITY_RE = re.compile(
    rf"(?P<pre>{_alternatives(_PREFIX)})?"
    rf"(?P<num>{NUMBER_PATTERN})"
    r"(?P<fuzz>[余多])?(?P<mult>万亿|[万亿])?"
    r"(?P<ge>个)?(?P<half>半)?(?P<fuzz2>[余多])?"
    rf"(?P<unit>{_alternatives(_UNITS)})?"
    rf"(?P<post>{_alternatives(_SUFFIX)})?"
)


@dataclass(frozen=True)
class Quantity:
    """A normalized value with its unit (``""`` if none) and qualifier."""

    value: Decimal
    unit: str
    qualifier: Qualifier = "exact"


def _fold(text: str) -> str:
    """NFKC (full-width digits, ，．％ to ASCII) and drop blanks not between two digits."""
    text = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"(?<![0-9])\s+|\s+(?![0-9])", "", text)


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
    """Integer part of a Chinese numeral via cn2an (lazy import); None on garbage."""
    if text != "两" and re.search(r"十两|两(?![百千万亿])", text):
        return None  # 二十两, 两两: 两 is a numeral only alone or before 百千万亿
    import cn2an  # noqa: PLC0415 - slow import, only for Chinese numerals

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return value if isinstance(value, int) else None


_ROUND_VALUES = {
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10**4),
    "百万": Decimal(10**6),
    "千万": Decimal(10**7),
    "百亿": Decimal(10**10),
    "千亿": Decimal(10**11),
}


def _number(text: str) -> Decimal | None:
    """Value of an NFKC-folded numeral matched by NUMBER_PATTERN."""
    if text.startswith("百分之"):
        text = "一百" if text == "百分之百" else text[3:]
    if text == "半":
        return Decimal("0.5")
    if text in _ROUND_VALUES:
        return _ROUND_VALUES[text]
    if m := _ARABIC_RE.fullmatch(text):
        whole, fraction, mult = m.groups()
        value = Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
        return value * _MULTIPLIERS[mult] if mult else value
    if m := _CHINESE_RE.fullmatch(text):
        whole, fraction = m.groups()
        integer = _chinese_integer(whole)
        if integer is None:
            return None
        if fraction:
            return Decimal(f"{integer}.{fraction.translate(_FRACTION_DIGITS)}")
        return Decimal(integer)
    return None


@lru_cache(maxsize=4096)
def _parse_number(text: str) -> Decimal | None:
    folded = _fold(text)
    if not _NUMBER_RE.fullmatch(folded):
        return None
    value = _number(folded)
    return None if value is None else _tidy(value)


def parse_number(text: str) -> Decimal | None:
    """Parse one bare numeral (no unit, no qualifier); ``None`` if it is not exactly one.

    >>> parse_number("4139.7284万")
    Decimal('41397284')
    >>> parse_number("3,300"), parse_number("１２"), parse_number("二〇二三")
    (Decimal('3300'), Decimal('12'), Decimal('2023'))
    >>> parse_number("两千"), parse_number("一千零五"), parse_number("九十九点五")
    (Decimal('2000'), Decimal('1005'), Decimal('99.5'))
    >>> parse_number("半"), parse_number("百分之九十九点五")
    (Decimal('0.5'), Decimal('99.5'))
    >>> parse_number("3300余") is None, parse_number("abc") is None
    (True, True)
    """
    return _parse_number(text)


@lru_cache(maxsize=4096)
def _parse_quantity(text: str) -> Quantity | None:
    m = _QUANTITY_RE.fullmatch(_fold(text))
    if m is None:
        return None
    num, mult, unit = m["num"], m["mult"], m["unit"] or ""
    value = _number(num)
    if value is None:
        return None
    if mult:
        if not m["fuzz"] or num[-1] in "万亿" or num.startswith("百分之"):
            return None  # 20余万 is fine; 2万余万 and 百分之五余万 are not
        value *= _MULTIPLIERS[mult]
    if m["ge"]:
        if not unit:
            unit = "个"
        elif unit not in _GE_UNITS:
            return None
    if m["half"]:
        if not m["ge"] or num == "半" or m["fuzz"]:
            return None
        value += Decimal("0.5")
    if num.startswith("百分之"):
        if unit:
            return None
        unit = "%"
    qualifiers = {_PREFIX[m["pre"]]} if m["pre"] else set()
    qualifiers |= {"approx"} if m["fuzz"] or m["fuzz2"] else set()
    qualifiers |= {_SUFFIX[m["post"]]} if m["post"] else set()
    if len(qualifiers) > 1 or (num == "半" and (m["fuzz"] or m["fuzz2"])):
        return None
    tidy = _tidy(value)
    return (
        None if tidy is None else Quantity(tidy, unit, qualifiers.pop() if qualifiers else "exact")
    )


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
    >>> parse_quantity("超过2万份")
    Quantity(value=Decimal('20000'), unit='份', qualifier='at_least')
    >>> parse_quantity("半天")
    Quantity(value=Decimal('0.5'), unit='天', qualifier='exact')
    >>> parse_quantity("七五普法") is None, parse_quantity("100%以上的") is None
    (True, True)
    """
    return _parse_quantity(text)

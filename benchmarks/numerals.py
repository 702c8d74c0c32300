"""Microseconds per value of ``parse_quantity``, the numeral parser behind every number.

    python benchmarks/numerals.py --docs 300 --repeat 7

Two sets of values: the ``value`` spans that the built-in rules match in the first ``--docs``
documents of the synthetic corpus of ``run.py`` (what a run parses: mostly Arabic digits with
a unit), and one example of every written form the parser knows (``FORMS``: Chinese,
financial and traditional numerals, 成, fractions, qualifiers). Each set is timed cold (the
parser's caches emptied before every pass, so every distinct value is parsed from scratch)
and warm (the same values again, from the caches, as a batch mostly sees them). The median of
``--repeat`` passes of ``time.process_time`` counts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from make_corpus import make_corpus

from lawgov_extract import numerals
from lawgov_extract.cleaning import clean_text
from lawgov_extract.matching import matcher_for
from lawgov_extract.packs import load_packs
from lawgov_extract.readers import read_document
from lawgov_extract.sentences import split_sentences

HERE = Path(__file__).resolve().parent

FORMS = (
    "3300余件",
    "1,700条",
    "４１３９.７２８４万元",
    "99.98%",
    "35个工作日内",
    "半天",
    "一个半小时",
    "三千三百余件",
    "两千件",
    "百分之九十九点五",
    "百分之百",
    "近千人次",
    "超过2万份",
    "不足100件",
    "100件之内",
    "5万4千6百元",
    "3万4000元",
    "2千零30万元",
    "千三件",
    "两千六人",
    "廿二次",
    "7 万 5 千元",
    "二十几万元",
    "壹万贰仟元",
    "肆佰叁拾萬元",
    "兩萬件",
    "4.5个百分点",
    "三分之一",
    "千分之三",
    "九成",
    "近九成",
    "六成以上",
    "-5%",
    "七五普法",
    "2023年",
)


def corpus_values(docs: int) -> list[str]:
    """The text of every ``value`` group the rules match in the first ``docs`` documents."""
    files = sorted(make_corpus(5000, HERE / "corpus" / "5000").rglob("*.txt"))[:docs]
    matcher = matcher_for(load_packs())
    values = []
    for f in files:
        clean = clean_text(read_document(f).text)
        for found in matcher.match(split_sentences(clean.text)):
            values += [clean.text[slice(*raw.value)] for raw in found]
    return values


def clear_caches() -> None:
    """Empty the parser's caches of values (not the one-off converters, maxsize None)."""
    for obj in vars(numerals).values():
        if callable(getattr(obj, "cache_clear", None)) and obj.cache_info().maxsize:
            obj.cache_clear()


def per_value(values: Sequence[str], repeat: int, prepare: Callable[[], None]) -> float:
    """Median µs per value over ``repeat`` passes, ``prepare()`` run (untimed) before each."""
    passes = []
    for _ in range(repeat):
        prepare()
        began = time.process_time()
        for v in values:
            numerals.parse_quantity(v)
        passes.append(time.process_time() - began)
    return statistics.median(passes) / len(values) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents of the 5,000 corpus")
    ap.add_argument("--repeat", type=int, default=7, help="passes; the median counts")
    a = ap.parse_args()
    sets = {"corpus values": corpus_values(a.docs), "one of each form": list(FORMS)}
    for v in FORMS:  # the one-off imports (cn2an, OpenCC) are not per value
        numerals.parse_quantity(v)
    print(f"{'':>18} {'values':>7} {'distinct':>8} {'cold µs':>8} {'warm µs':>8}")
    for name, values in sets.items():
        distinct = list(dict.fromkeys(values))
        cold = per_value(distinct, a.repeat, clear_caches)
        warm = per_value(values, a.repeat, lambda: None)
        print(f"{name:>18} {len(values):7d} {len(distinct):8d} {cold:8.2f} {warm:8.2f}")


if __name__ == "__main__":
    main()

"""Run the rules of a PackSet over sentences and return raw regex matches.

One keyword scan per document picks the rules worth trying: a rule that lists
``keywords`` runs only on sentences containing one of them, and a sentence that states no
quantity gets no rule at all, so most sentences cost nothing beyond the scan.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

import ahocorasick
import regex

from . import numerals
from .datatypes import RawMatch, Sentence
from .packs import PackSet, Rule
from .sentences import Sentences

# Every rule's value is a quantity, so a sentence with none states nothing: it needs Arabic
# digits that are not just a year (2023年), 百分之…/三分之一, or a Chinese numeral before a
# measure word of the vocabulary (三千三百余件, 半天, 九成; not 一是, 七五普法, 一年来), or 零
# ending a clause. About half the sentences of a report pass.
_CN = numerals.CHINESE_NUMERALS
_MEASURES = {u[0] for u in numerals.units() if u not in numerals.units("span")} - {"百"}
QUANTITY_HINT = re.compile(
    # Led by one character class, so the engine skips straight to the candidates.
    f"[0-9{_CN}半]"
    r"(?:(?<=[0-9])(?<![0-9]{2})(?<![12](?=[0-9]{3}年))"  # a number's first digit, not a year's
    f"|(?<=[{_CN}])分之"
    r"|(?<=零)(?=[,。;)]|$)"  # 零 ending a clause: 败诉率为零。
    f"|(?<=[{_CN}半])(?:{'|'.join(numerals.APPROX_WORDS)})?个?"
    f"[{re.escape(''.join(sorted(_MEASURES)))}])"
)

#: Seconds one rule may spend on one sentence; a pathological pattern or input
#: becomes a reported failure instead of a hung batch.
REGEX_TIMEOUT = 2.0


class RuleTimeout(Exception):
    def __init__(self, rule: Rule, sentence: Sentence) -> None:
        super().__init__(
            f"rule {rule.qualified_id} timed out on the sentence at offset {sentence.start}"
        )
        self.rule = rule


class Matcher:
    """The rules of a PackSet, indexed by keyword for the candidate pass."""

    def __init__(self, packs: PackSet) -> None:
        self.packs = packs
        self.rules = packs.rules
        self._by_mask: dict[int, list[int]] = {}
        # Rule sets as bit masks over pack order: a union per keyword found, no sorting.
        self.always = sum(1 << i for i, r in enumerate(packs.rules) if not r.keywords)
        self.contextual = sum(1 << i for i, r in enumerate(packs.rules) if r.context)
        by_keyword: dict[str, int] = defaultdict(int)
        for i, rule in enumerate(packs.rules):
            for kw in rule.keywords:
                by_keyword[kw] |= 1 << i
        # Aho-Corasick finds every keyword in one pass, nested and overlapping ones included
        # (主动公开 and 公开; 办理时 and 时限).
        self.keywords: ahocorasick.Automaton | None = None
        if by_keyword:
            self.keywords = ahocorasick.Automaton()
            for kw, mask in by_keyword.items():
                self.keywords.add_word(kw, mask)
            self.keywords.make_automaton()

    def _rule_indexes(self, mask: int) -> list[int]:
        # Few distinct masks occur: each becomes its list of rules once per process.
        found = self._by_mask.get(mask)
        if found is None:
            found = self._by_mask[mask] = [i for i in range(mask.bit_length()) if mask >> i & 1]
        return found

    def _masks(self, sentences: Sentences) -> list[int]:
        """Per sentence, the rules worth trying: one keyword scan over the whole text.

        A sentence with no numeral can state no number, so it gets no rule at all.
        """
        text, starts, ends = sentences.text, sentences.starts, sentences.ends
        masks = [self.always] * len(starts)
        if self.keywords is not None:
            for last, mask in self.keywords.iter(text):
                i = sentences.index_at(last)
                if i is not None:
                    masks[i] |= mask
        hint = QUANTITY_HINT.search
        for i, mask in enumerate(masks):
            if mask and hint(text, starts[i], ends[i]) is None:
                masks[i] = 0
        return masks

    def candidates(self, sentences: Sentences) -> Iterator[tuple[int, list[int]]]:
        """Per sentence worth trying (by index, in order), its rules' indexes in pack order."""
        rules, contextual = self.rules, self.contextual
        for i, mask in enumerate(self._masks(sentences)):
            if not mask:
                continue
            found = self._rule_indexes(mask)
            if mask & contextual:  # rules that need a word in or just before the sentence
                found = [
                    r for r in found if not rules[r].context or in_context(rules[r], sentences, i)
                ]
            if found:
                yield i, found

    def match(self, sentences: Sentences) -> Iterator[list[RawMatch]]:
        """Per sentence (in order, skipping those without any), its raw matches.

        Raises RuleTimeout when a rule runs longer than ``REGEX_TIMEOUT`` on a sentence.
        """
        for i, rules in self.candidates(sentences):
            sentence = sentences[i]
            found: list[RawMatch] = []
            for r in rules:
                rule = self.rules[r]
                try:
                    matches = list(rule.regex.finditer(sentence.text, timeout=REGEX_TIMEOUT))
                except TimeoutError:
                    raise RuleTimeout(rule, sentence) from None
                found += filter(None, (raw_match(rule, sentence, m) for m in matches))
            if found:
                yield found


def in_context(rule: Rule, sentences: Sentences, i: int) -> bool:
    """Whether sentence ``i`` or the one before it holds one of the rule's context words."""
    text = sentences.text[sentences.starts[max(i - 1, 0)] : sentences.ends[i]]
    return any(w in text for w in rule.context)


def raw_match(rule: Rule, sentence: Sentence, m: regex.Match) -> RawMatch | None:
    base = sentence.start

    def span(group: str) -> tuple[int, int] | None:
        if group not in m.re.groupindex or m.start(group) < 0:
            return None
        return (base + m.start(group), base + m.end(group))

    value = span("value")
    if value is None:  # an optional `value` group that took no part in the match
        return None
    unit = m.group("unit") if "unit" in m.re.groupindex else None
    return RawMatch(
        rule=rule,
        sentence=sentence,
        span=(base + m.start(), base + m.end()),
        value=value,
        value_before=span("value_before"),
        unit=unit or None,
    )


@cache
def matcher_for(packs: PackSet) -> Matcher:
    """The Matcher of a PackSet, built once per process."""
    return Matcher(packs)

"""Run the rules of a PackSet over sentences and return raw regex matches.

One keyword scan per document picks the rules worth trying: a rule that lists
``keywords`` runs only on sentences containing one of them, and a sentence that states no
quantity gets no rule at all, so most sentences cost nothing beyond the scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from .packs import PackSet, Rule
from .sentences import Sentence

# Every rule's value is a quantity, so a sentence with none states nothing: it needs Arabic
# digits that are not just a year (2023年), 百分之…, or a Chinese numeral before a measure word
# (三千三百余件, 半天; not 一是, 七五普法). About half the sentences of a report pass.
QUANTITY_HINT = re.compile(
    r"(?<![0-9])(?![12][0-9]{3}年)[0-9]|百分之"
    r"|[零〇一二两三四五六七八九十百千万半](?:余|多)?个?[件起宗例单条篇项份则场次期堂节轮人名位家户所元天日小时月周%]"
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


@dataclass(frozen=True)
class RawMatch:
    rule: Rule
    sentence: Sentence
    span: tuple[int, int]  # whole match, cleaned-text offsets
    value: tuple[int, int]  # the `value` group, cleaned-text offsets
    value_before: tuple[int, int] | None
    unit: str | None


class Matcher:
    """The rules of a PackSet, indexed by keyword for the candidate pass."""

    def __init__(self, packs: PackSet) -> None:
        self.packs = packs
        self.rules = packs.rules
        self._by_mask: dict[int, list[Rule]] = {}
        # Rule sets as bit masks over pack order: a union per keyword found, no sorting.
        self.always = sum(1 << i for i, r in enumerate(packs.rules) if not r.keywords)
        by_keyword: dict[str, int] = defaultdict(int)
        for i, rule in enumerate(packs.rules):
            for kw in rule.keywords:
                by_keyword[kw] |= 1 << i
        # The scan below finds the longest keyword starting at each position; it also stands
        # for every keyword inside it (主动公开 -> 公开). Keywords that overlap without
        # nesting (办理时|时限) start at different positions, so each is found at its own.
        self.by_keyword = {
            kw: _union(mask for other, mask in by_keyword.items() if other in kw)
            for kw in by_keyword
        }
        words = sorted(by_keyword, key=len, reverse=True)
        # A lookahead at each position that can start a keyword; the stdlib engine runs this
        # several times faster than `regex`.
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        alternatives = "|".join(map(re.escape, words))
        self.keyword_re = re.compile(f"(?=[{firsts}])(?=({alternatives}))") if words else None

    def _rules(self, mask: int) -> list[Rule]:
        # Few distinct masks occur: each becomes its list of rules once per process.
        found = self._by_mask.get(mask)
        if found is None:
            found = self._by_mask[mask] = self._unpack(mask)
        return found

    def _unpack(self, mask: int) -> list[Rule]:
        rules = self.rules
        out = []
        i = 0
        while mask:
            if mask & 1:
                out.append(rules[i])
            mask >>= 1
            i += 1
        return out

    def _masks(self, text: str, sentences: list[Sentence]) -> list[int]:
        """Per sentence, the rules worth trying: one keyword scan over the whole text.

        A sentence with no numeral can state no number, so it gets no rule at all.
        """
        starts = [s.start for s in sentences]
        hinted = [False] * len(sentences)
        pos, search = 0, QUANTITY_HINT.search
        # One scan: after a hint, jump to the end of its sentence.
        while (m := search(text, pos)) is not None:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.start() < sentences[i].end:
                hinted[i] = True
                pos = sentences[i].end
            else:
                pos = m.start() + 1
        masks = [self.always if hint else 0 for hint in hinted]
        if self.keyword_re is not None:
            for m in self.keyword_re.finditer(text):
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and hinted[i]:
                    masks[i] |= self.by_keyword[m.group(1)]
        return masks

    def _match_sentence(
        self, rules: list[Rule], sentence: Sentence, previous: Sentence | None
    ) -> Iterator[RawMatch]:
        for rule in rules:
            if rule.context and not _in_context(rule.context, sentence, previous):
                continue
            try:
                found = list(rule.regex.finditer(sentence.text, timeout=REGEX_TIMEOUT))
            except TimeoutError as exc:
                raise RuleTimeout(rule, sentence) from exc
            for m in found:
                raw = _raw_match(rule, sentence, m)
                if raw is not None:
                    yield raw

    def match(self, text: str, sentences: Sequence[Sentence]) -> Iterator[list[RawMatch]]:
        """Per sentence of ``text`` (in order, skipping those without any), its raw matches."""
        sentences = list(sentences)
        if not sentences:
            return
        for i, mask in enumerate(self._masks(text, sentences)):
            if mask:
                previous = sentences[i - 1] if i else None
                found = list(self._match_sentence(self._rules(mask), sentences[i], previous))
                if found:
                    yield found


def _union(masks: Iterable[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


def _in_context(words: tuple[str, ...], sentence: Sentence, previous: Sentence | None) -> bool:
    text = sentence.text if previous is None else previous.text + sentence.text
    return any(w in text for w in words)


def _raw_match(rule: Rule, sentence: Sentence, m: regex.Match) -> RawMatch | None:
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

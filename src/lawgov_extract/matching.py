"""Run the rules of a PackSet over sentences and return raw regex matches.

One keyword pass per sentence picks the rules worth trying: a rule that lists
``keywords`` runs only on sentences containing one of them, so most sentences
(which state no number of interest) cost one scan instead of a hundred regexes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import regex

from .packs import PackSet, Rule
from .sentences import Sentence

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
        # Rule sets as bit masks over pack order: a union per keyword found, no sorting.
        self.always = sum(1 << i for i, r in enumerate(packs.rules) if not r.keywords)
        by_keyword: dict[str, int] = defaultdict(int)
        for i, rule in enumerate(packs.rules):
            for kw in rule.keywords:
                by_keyword[kw] |= 1 << i
        self.by_keyword = dict(by_keyword)
        # Longest first so that overlapping keywords are each still found below.
        words = sorted(by_keyword, key=len, reverse=True)
        self.keyword_re = regex.compile("|".join(map(regex.escape, words))) if words else None

    def candidates(self, text: str) -> list[Rule]:
        mask = self.always
        if self.keyword_re is not None:
            for kw in self.keyword_re.findall(text, overlapped=True):
                mask |= self.by_keyword[kw]
        rules = self.rules
        out = []
        i = 0
        while mask:
            if mask & 1:
                out.append(rules[i])
            mask >>= 1
            i += 1
        return out

    def match_sentence(
        self, sentence: Sentence, previous: Sentence | None = None
    ) -> Iterator[RawMatch]:
        for rule in self.candidates(sentence.text):
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

    def match(self, sentences: Iterable[Sentence]) -> Iterator[RawMatch]:
        previous = None
        for sentence in sentences:
            yield from self.match_sentence(sentence, previous)
            previous = sentence


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

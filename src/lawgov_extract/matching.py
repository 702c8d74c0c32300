"""Run the rules of a PackSet over sentences and return raw regex matches.

One keyword scan per document picks the rules worth trying: a rule that lists
``keywords`` runs only on sentences containing one of them, and a sentence that states no
quantity gets no rule at all, so most sentences cost nothing beyond the scan.
"""

from __future__ import annotations

import math
import re
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from operator import itemgetter

import ahocorasick
import regex

from .datatypes import RawMatch, Sentence
from .packs import PackSet, Rule
from .sentences import Sentences

# Every rule's value is a quantity, so a sentence with none states nothing: it needs Arabic
# digits that are not just a year (2023年), 百分之…, or a Chinese numeral before a measure word
# (三千三百余件, 半天; not 一是, 七五普法), or 零 ending a clause. About half the sentences of a
# report pass.
QUANTITY_HINT = re.compile(
    # Led by one character class, so the engine skips straight to the candidates.
    r"[0-9零〇一二两三四五六七八九十百千万半]"
    r"(?:(?<=[0-9])(?<![0-9]{2})(?<![12](?=[0-9]{3}年))"  # a number's first digit, not a year's
    r"|(?<=百)分之"
    r"|(?<=零)(?=[,。;)]|$)"  # 零 ending a clause: 败诉率为零。
    r"|(?<=[零〇一二两三四五六七八九十百千万半])(?:余|多)?个?"
    r"[件起宗例单条篇项份则场次期堂节轮人名位家户所元天日小时月周%])"
)

#: Seconds one rule may spend on one sentence; a pathological pattern or input
#: becomes a reported failure instead of a hung batch.
REGEX_TIMEOUT = 2.0


class _Watch:
    """When the current rule started on its sentence (``inf`` between rules).

    Inside :func:`alarm_timeouts` a periodic SIGALRM compares it with the clock, so a
    rule costs one clock read instead of two ``setitimer`` system calls.
    """

    def __init__(self) -> None:
        self.started = math.inf

    def check(self, signum: int, frame: object) -> None:
        if time.monotonic() - self.started > REGEX_TIMEOUT:
            raise TimeoutError("a rule ran out of time on one sentence")


# Set inside `alarm_timeouts()`: SIGALRM bounds each rule call instead of the regex module's
# per-call timeout.
_ALARM: ContextVar[_Watch | None] = ContextVar("lawgov_alarm_timeouts", default=None)


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

    def match(self, sentences: Sentences) -> Iterator[list[RawMatch]]:
        """Per sentence (in order, skipping those without any), its raw matches."""
        (found,) = self.match_many([sentences])
        if isinstance(found, RuleTimeout):
            raise found
        yield from found

    def match_many(self, docs: Sequence[Sentences]) -> list[list[list[RawMatch]] | RuleTimeout]:
        """:meth:`match` for several documents: per document its lists, or its RuleTimeout.

        Each rule runs over its sentences of all the documents in turn, so its compiled
        program stays in the processor's cache (a tenth less time than sentence by sentence).
        """
        # Per rule (by pack order), the sentences it is tried on: (document, sentence index).
        work: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for d, sentences in enumerate(docs):
            for i, mask in enumerate(self._masks(sentences)):
                for r in self._rule_indexes(mask):
                    rule = self.rules[r]
                    if not rule.context or _in_context(rule.context, sentences, i):
                        work[r].append((d, i))
        found: dict[tuple[int, int], list[tuple[int, RawMatch]]] = defaultdict(list)
        failed: dict[int, RuleTimeout] = {}
        texts: dict[tuple[int, int], Sentence] = {}
        watch = _ALARM.get()
        for r in sorted(work):
            rule = self.rules[r]
            for d, i in work[r]:
                if d in failed:
                    continue
                sentence = texts.get((d, i))
                if sentence is None:
                    sentence = texts[d, i] = docs[d][i]
                try:
                    if watch is not None:
                        watch.started = time.monotonic()
                        matches = list(rule.regex.finditer(sentence.text))
                    else:
                        matches = list(rule.regex.finditer(sentence.text, timeout=REGEX_TIMEOUT))
                except TimeoutError:
                    failed[d] = RuleTimeout(rule, sentence)
                    continue
                finally:
                    if watch is not None:
                        watch.started = math.inf
                for m in matches:
                    raw = _raw_match(rule, sentence, m)
                    if raw is not None:
                        found[d, i].append((r, raw))
        out: list[list[list[RawMatch]] | RuleTimeout] = [[] for _ in docs]
        for (d, _), raws in sorted(found.items()):
            if d not in failed:
                # The order of sentence by sentence matching: rules in pack order, each rule's
                # matches in the text's (sort is stable).
                raws.sort(key=itemgetter(0))
                out[d].append([raw for _, raw in raws])  # type: ignore[union-attr]
        for d, timeout in failed.items():
            out[d] = timeout
        return out


def _in_context(words: tuple[str, ...], sentences: Sentences, i: int) -> bool:
    """Whether the sentence or the one before it holds one of ``words``."""
    text = sentences.text[sentences.starts[max(i - 1, 0)] : sentences.ends[i]]
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


@contextmanager
def alarm_timeouts() -> Iterator[None]:
    """Bound each rule on each sentence with SIGALRM instead of the regex module's timeout.

    The module's per-call ``timeout`` costs about 3 µs a call, a third of all matching time.
    Here one interval timer ticks four times per ``REGEX_TIMEOUT`` and its handler raises
    TimeoutError once the current rule has run longer than that; the engine checks for
    signals while it matches, so a runaway pattern stops just the same (within a quarter of
    the limit). Signals reach only the main thread: elsewhere, without SIGALRM, or while the
    caller's own interval timer runs, this changes nothing.
    """
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)
    ):
        yield
        return
    watch = _Watch()
    previous = signal.signal(signal.SIGALRM, watch.check)
    token = _ALARM.set(watch)
    tick = REGEX_TIMEOUT / 4
    signal.setitimer(signal.ITIMER_REAL, tick, tick)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _ALARM.reset(token)
        signal.signal(signal.SIGALRM, previous)


@cache
def matcher_for(packs: PackSet) -> Matcher:
    """The Matcher of a PackSet, built once per process."""
    return Matcher(packs)

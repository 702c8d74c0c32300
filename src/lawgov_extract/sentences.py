"""Split cleaned report text into sentences, keeping their spans.

Reports punctuate with 。；！？ and with line breaks (headings, table rows);
commas stay inside a sentence because a statement such as
``全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率高达99%`` is one unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

# A sentence ends after one of these; closing quotes/brackets stay with it.
_SENTENCE = regex.compile(r"[^。；;！!？?\n]*(?:[。；;！!？?]+[”’」』)\]]*|\n|$)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offsets in the cleaned text
    end: int


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the non-blank sentences of ``text`` with their spans.

    >>> [s.text for s in split_sentences("受理379件。调解成功率99%；\\n标题")]
    ['受理379件。', '调解成功率99%；', '标题']
    """
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        # Trim white space at both ends so the evidence is the sentence itself.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield Sentence(text[start:end], start, end)

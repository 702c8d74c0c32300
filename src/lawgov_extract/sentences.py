"""Split cleaned report text into sentences, keeping their spans.

Reports punctuate with 。；！？ and with line breaks (headings, table rows);
commas stay inside a sentence because a statement such as
``全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率高达99%`` is one unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A sentence ends after one of these; closing quotes/brackets stay with it.
_SENTENCE = re.compile(r"[^。；;！!？?\n]*(?:[。；;！!？?]+[”’」』)\]]*|\n|$)")


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
        raw = m.group()
        # Trim white space at both ends so the evidence is the sentence itself.
        sentence = raw.strip()
        if sentence:
            start = m.start() + len(raw) - len(raw.lstrip())
            yield Sentence(sentence, start, start + len(sentence))

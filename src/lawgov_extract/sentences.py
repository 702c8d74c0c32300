"""Split cleaned report text into sentences, keeping their spans.

Reports punctuate with 。；！？ and with line breaks (headings, table rows);
commas stay inside a sentence because a statement such as
``全区共调解矛盾纠纷1727件,调解成功1724件,调解成功率高达99%`` is one unit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

from .datatypes import Sentence

# A sentence ends after a run of these (closing quotes/brackets stay with it) or before a line
# break, which no sentence contains. It neither starts nor ends with white space, so the
# evidence is the sentence itself: the body starts on a visible character and, where no end
# mark follows, backs off to one.
_END = "。；;！!？?"
_SENTENCE = re.compile(
    rf"(?:[^\s{_END}][^{_END}\n]*)?[{_END}]+[”’」』)\]]*"  # up to and with its end marks
    rf"|[^\s{_END}][^{_END}\n]*(?<=\S)"  # up to a line break or the end of the text
)


class Sentences(Sequence[Sentence]):
    """The non-blank sentences of one text, held as spans.

    A report has a hundred sentences and numbers in a few of them, so a
    :class:`Sentence` is made only when one is asked for.

    >>> sentences = split_sentences("受理379件。调解成功率99%；\\n 标题 ")
    >>> [s.text for s in sentences]
    ['受理379件。', '调解成功率99%；', '标题']
    >>> sentences.index_at(8), sentences[2].start
    (1, 18)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _SENTENCE.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Sentence: ...
    @overload
    def __getitem__(self, i: slice) -> list[Sentence]: ...
    def __getitem__(self, i: int | slice) -> Sentence | list[Sentence]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        start, end = self.starts[i], self.ends[i]
        return Sentence(self.text[start:end], start, end)

    def __iter__(self) -> Iterator[Sentence]:
        text = self.text
        for start, end in zip(self.starts, self.ends, strict=True):
            yield Sentence(text[start:end], start, end)

    def index_at(self, offset: int) -> int | None:
        """The index of the sentence that holds ``offset``, or None between sentences."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else None


def split_sentences(text: str) -> Sentences:
    """The non-blank sentences of ``text`` with their spans.

    >>> [s.text for s in split_sentences("受理379件。调解成功率99%；\\n标题")]
    ['受理379件。', '调解成功率99%；', '标题']
    """
    return Sentences(text)

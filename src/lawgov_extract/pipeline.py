"""The extraction of one document: clean -> sentences -> metadata -> matches -> mentions.

:func:`extract_text` is a pure function of one text; it is what a notebook, a process pool or
a Dask/Spark ``map`` calls per document. :func:`extract_document` reads top-down, one stage
after the other. Runs over many files (:mod:`lawgov_extract.runner`) call the same stages a
chunk of documents at a time, which gives the same results, faster.
"""

from __future__ import annotations

from pathlib import Path

from .checks import check_mentions
from .cleaning import CleanText, clean_text
from .datatypes import Document, ManifestRow, Mention, RawMatch, ReportMeta, ReportResult
from .errors import InputError
from .matching import RuleTimeout, matcher_for
from .mentions import normalize
from .metadata import find_metadata
from .packs import Indicator, PackSet, load_packs
from .readers import DEFAULT_MAX_SIZE, read_document
from .sentences import split_sentences


def extract_text(
    text: str,
    *,
    source: str = "<text>",
    packs: PackSet | None = None,
    title: str = "",
    published: str = "",
    manifest: ManifestRow | None = None,
) -> ReportResult:
    """Extract every indicator mention from one report's decoded text.

    Offsets in the mentions index ``text`` as given.

    >>> r = extract_text("2023年,全区共调解矛盾纠纷1727件,调解成功率高达99%。")
    >>> [(m.indicator, str(m.value), m.unit) for m in r.mentions]
    [('mediation_cases', '1727', '件'), ('mediation_success_rate', '99', '%')]
    """
    doc = Document(source, text, title=title, published=published)
    return extract_document(doc, packs, manifest)


def extract_document(
    doc: Document, packs: PackSet | None = None, manifest: ManifestRow | None = None
) -> ReportResult:
    """:func:`extract_text` of a :class:`Document` (raises InputError if its rules time out)."""
    packs = packs if packs is not None else load_packs()
    clean = clean_text(doc.text)
    sentences = split_sentences(clean.text)
    meta = metadata_of(doc, clean, manifest)
    try:
        matches = list(matcher_for(packs).match(sentences))
    except RuleTimeout as exc:
        raise timed_out(doc, exc) from None
    return result_of(doc, clean, meta, matches, packs.indicators)


def metadata_of(doc: Document, clean: CleanText, manifest: ManifestRow | None) -> ReportMeta:
    """The metadata stage: district and year from the cleaned text, the page and the manifest."""
    return find_metadata(
        clean.text,
        source_name=Path(doc.source).name,
        title=doc.title,
        published=doc.published,
        manifest=manifest,
    )


def timed_out(doc: Document, exc: RuleTimeout) -> InputError:
    """A document whose rules ran out of time fails as an input."""
    return InputError(doc.source, "extract", str(exc))


def result_of(
    doc: Document,
    clean: CleanText,
    meta: ReportMeta,
    matches: list[list[RawMatch]],
    indicators: dict[str, Indicator],
) -> ReportResult:
    """The last stages: the matches (per sentence) become checked mentions."""
    mentions = _mentions(matches, clean, doc, meta.year, indicators)
    return ReportResult(doc.source, meta, tuple(check_mentions(mentions)))


def _mentions(
    matches: list[list[RawMatch]],
    clean: CleanText,
    doc: Document,
    year: int | None,
    indicators: dict[str, Indicator],
) -> list[Mention]:
    mentions: list[Mention] = []
    taken: set[tuple[str, int, int]] = set()
    for raws in matches:  # per sentence
        found: list[Mention] = []
        for raw in raws:
            # Several rules may feed one indicator: the first that parses
            # the number wins, overlapping numbers of that indicator are skipped.
            key = (raw.rule.indicator, *raw.value)
            if any(ind == key[0] and s < key[2] and key[1] < e for ind, s, e in taken):
                continue
            mention = normalize(raw, clean, doc.text, doc.source, year, indicators)
            # One sentence that repeats a number (发生纠纷490件,调处490件) states it once.
            if mention is None or any(
                (m.indicator, m.value) == (mention.indicator, mention.value) for m in found
            ):
                continue
            taken.add(key)
            found.append(mention)
        mentions += sorted(found, key=lambda m: (m.start, m.end))
    return mentions


def read_file(
    path: str | Path, *, max_size: int = DEFAULT_MAX_SIZE, save_text: Path | None = None
) -> Document:
    """Read one file (and keep its text under ``save_text``); raises InputError when unusable."""
    doc = read_document(path, max_size=max_size)
    if save_text is not None:
        _save_text(doc, save_text)
    return doc


def extract_file(
    path: str | Path,
    *,
    packs: PackSet | None = None,
    manifest: ManifestRow | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    save_text: Path | None = None,
) -> ReportResult:
    """Read one file and extract it; raises InputError when the file is unusable."""
    doc = read_file(path, max_size=max_size, save_text=save_text)
    return extract_document(doc, packs, manifest)


def saved_text_path(source: str, folder: Path) -> Path:
    """Where ``--save-text`` puts a source's text: its path mirrored under ``folder``.

    >>> saved_text_path("reports/2023/a.html", Path("texts")).as_posix()
    'texts/reports/2023/a.html.txt'
    """
    path = Path(source)
    relative = path.relative_to(path.anchor) if path.is_absolute() else path
    parts = [p for p in relative.parts if p not in ("..", ".")]
    return folder.joinpath(*parts[:-1], parts[-1] + ".txt")


def _save_text(doc: Document, folder: Path) -> None:
    target = saved_text_path(doc.source, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(doc.text, encoding="utf-8")

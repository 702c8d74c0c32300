"""The per-document pipeline: clean -> sentences -> metadata -> matches -> mentions.

:func:`extract_text` is a pure function of one text; it is what a notebook, a
process pool or a Dask/Spark ``map`` calls per document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checks import check_mentions
from .cleaning import clean_text
from .errors import InputError
from .matching import RuleTimeout, matcher_for
from .mentions import Mention, normalize
from .metadata import ManifestRow, ReportMeta, find_metadata
from .packs import PackSet, load_packs
from .readers import Document, read_document
from .sentences import split_sentences


@dataclass(frozen=True)
class ReportResult:
    """Everything lawgov found in one report."""

    source: str
    meta: ReportMeta
    mentions: tuple[Mention, ...]


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
    matcher = matcher_for(packs if packs is not None else load_packs())
    clean = clean_text(text)
    sentences = split_sentences(clean.text)
    meta = find_metadata(
        clean.text,
        source_name=Path(source).name,
        title=title,
        published=published,
        manifest=manifest,
    )
    mentions: list[Mention] = []
    taken: set[tuple[str, int, int]] = set()
    try:
        for raws in matcher.match(sentences):
            found: list[Mention] = []
            for raw in raws:
                # Several rules may feed one indicator: the first that parses
                # the number wins, overlapping numbers of that indicator are skipped.
                key = (raw.rule.indicator, *raw.value)
                if any(ind == key[0] and s < key[2] and key[1] < e for ind, s, e in taken):
                    continue
                mention = normalize(raw, clean, text, source, meta.year, matcher.packs.indicators)
                # One sentence that repeats a number (发生纠纷490件,调处490件) states it once.
                if mention is None or any(
                    (m.indicator, m.value) == (mention.indicator, mention.value) for m in found
                ):
                    continue
                taken.add(key)
                found.append(mention)
            mentions += sorted(found, key=lambda m: (m.start, m.end))
    except RuleTimeout as exc:
        raise InputError(source, "extract", str(exc)) from exc
    return ReportResult(source, meta, tuple(check_mentions(mentions)))


def extract_document(
    doc: Document, packs: PackSet | None = None, manifest: ManifestRow | None = None
) -> ReportResult:
    return extract_text(
        doc.text,
        source=doc.source,
        packs=packs,
        title=doc.title,
        published=doc.published,
        manifest=manifest,
    )


def extract_file(
    path: str | Path,
    *,
    packs: PackSet | None = None,
    manifest: ManifestRow | None = None,
    max_size: int = 50 * 1024 * 1024,
    save_text: Path | None = None,
) -> ReportResult:
    """Read one file and extract it; raises InputError when the file is unusable."""
    doc = read_document(path, max_size=max_size)
    if save_text is not None:
        _save_text(doc, save_text)
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

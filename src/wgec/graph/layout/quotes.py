"""Paragraphs of an instrument quoted in a document, outside any proposal.

Quotes are found by where they stand (numbered paragraphs after a passage that introduces
them, lettered sub-items of a paragraph just cited) and by what they say: a list whose
items reproduce the sub-items of one provision (:mod:`wgec.graph.layout.provisions`), such
as the twelve items of the IGF's mandate in Tunis Agenda paragraph 72, is a quotation of
that provision, not the proposals of the one who quotes it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import ParsedDocument, QuotedProvision
from wgec.graph.layout.provisions import ProvisionMatch, load_provisions
from wgec.graph.layout.references import REF_RE

QUOTED_SHARE = 0.8  # share of an item's trigrams the provision must hold
RUN_SHARE = 0.75  # share of a list's items that must quote sub-items of one paragraph

QUOTE_INTRO_RE = re.compile(r"resolution|agenda|declaration|outcome document|A/\d+/\d+|following terms", re.I)


def parse_quotes(doc: ParsedDocument, blocks: list[Block]) -> None:
    """Paragraphs quoted from an instrument, right after a passage that introduces them:
    numbered ("... in the following terms:" then "64. We acknowledge ...") or lettered
    sub-items of a paragraph just cited ("In para 35 ... that:" then "a) Policy authority ...")."""
    reader = _Reader(doc)
    for block in blocks:
        reader.read(block)
    taken = {(q.start, q.end) for q in doc.quoted}
    for run in _item_runs(blocks):
        doc.quoted.extend(q for q in _quoted_run(run, doc.source) if (q.start, q.end) not in taken)
    doc.quoted.sort(key=lambda q: q.start)


def _item_runs(blocks: list[Block]) -> list[list[Block]]:
    """Runs of consecutive list items (a heading, paragraph or table ends a run)."""
    runs: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind == "item":
            runs[-1].append(block)
        elif block.kind not in ("footnote", "orignum") and runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _quoted_run(run: list[Block], source: SourceFile) -> list[QuotedProvision]:
    """The items of a run that quote sub-items of one provision, when most of the run does."""
    index = load_provisions()
    matches: list[tuple[Block, ProvisionMatch]] = []
    for k, block in enumerate(run, 1):
        m = index.best(block.text(source), min_words=3)
        if m is not None and m.score >= QUOTED_SHARE and m.provision.sub is not None:
            matches.append((block, m))
        elif k - len(matches) > (1 - RUN_SHARE) * len(run):
            return []  # too many of its items quote nothing: the run is not a quotation
    if not matches:
        return []
    (instrument, paragraph), n = Counter((m.provision.instrument, m.provision.paragraph)
                                         for _, m in matches).most_common(1)[0]
    if n < 2 or n < RUN_SHARE * len(run):
        return []
    return [QuotedProvision(run[0].start, paragraph, m.provision.sub, block.start, block.end, instrument)
            for block, m in matches if (m.provision.instrument, m.provision.paragraph) == (instrument, paragraph)]


def _quoted_paragraph(block: Block, text: str) -> QuotedProvision | None:
    """A paragraph in quotation marks that reproduces a provision of an instrument (most of its
    word trigrams): a quotation, wherever it stands and whatever introduces it."""
    if block.kind != "para" or text[:1] not in "\"“" or text.rstrip(" .")[-1:] not in "\"”":
        return None
    m = load_provisions().best(text, min_words=6)
    if m is None or m.score < QUOTED_SHARE:
        return None
    p = m.provision
    return QuotedProvision(block.start, p.paragraph, p.sub, block.start, block.end, p.instrument)


def _letter(block: Block) -> str | None:
    """The letter of an "a)" item, lower-cased; None for any other block."""
    if block.kind == "item" and block.marker == "alpha" and block.number and len(block.number) == 1:
        return block.number.lower()
    return None


def _paragraph_number(block: Block, text: str) -> tuple[int | None, int]:
    """The number a block gives itself ("64." as an item or at the start of a paragraph) and
    where its wording starts after that number (0 for an item, whose marker is not in its text)."""
    if block.kind == "item" and block.marker == "dec" and block.number and block.number.isdigit():
        return int(block.number), 0
    m = re.match(r"^(\d{1,3})\.\s", text) if block.kind == "para" else None
    return (int(m.group(1)), m.end()) if m else (None, 0)


def _single_paragraph_cited(text: str) -> int | None:
    """The last single paragraph a text refers to ("para 35", not "paras 35-37")."""
    lower = text.lower()
    if "para" not in lower and "item" not in lower and "§" not in text and "#" not in text:
        return None  # no reference without one of these (a cheap test first)
    singles = [r for r in REF_RE.finditer(text) if re.fullmatch(r"\d{1,3}", r.group(1).strip())]
    return int(singles[-1].group(1)) if singles else None


@dataclass
class _Reader:
    doc: ParsedDocument
    intro: Block | None = None  # the passage introducing numbered quotes
    expected: int | None = None  # the number the next quoted paragraph must have
    previous: Block | None = None  # the last numbered item
    cited: tuple[int, int] | None = None  # (paragraph, offset) of the last single-paragraph reference
    cited_age: int = 99  # blocks read since
    lettered_from: int | None = None  # the paragraph whose lettered sub-items follow

    def read(self, block: Block) -> None:
        text = block.text(self.doc.source)
        if self.intro is not None and block.kind == "heading":
            return
        if self.lettered_from is not None and (letter := _letter(block)) is not None:
            hint = self.cited[1] if self.cited else block.start
            self.doc.quoted.append(QuotedProvision(hint, self.lettered_from, letter, block.start, block.end))
            return
        self.lettered_from = None
        if (quoted := _quoted_paragraph(block, text)) is not None:
            self.doc.quoted.append(quoted)  # '"We further recognize the need for ..."' standing alone
            return
        number, skip = _paragraph_number(block, text)
        if number is not None and self.intro is not None and self.continues_quote(number):
            self.doc.quoted.append(QuotedProvision(self.intro.start, number, None, block.start + skip, block.end))
            self.expected = number + 1
            return
        self.intro = None
        self.expected = None
        self.note_citation(block, text)
        if block.kind == "item" and block.marker == "dec":
            self.previous = block

    def continues_quote(self, number: int) -> bool:
        """The next number quoted, or the first: any number but the one that would continue the
        document's own numbered list."""
        if self.expected is not None:
            return number == self.expected
        prev = self.previous
        return prev is None or prev.number is None or not prev.number.isdigit() or number != int(prev.number) + 1

    def note_citation(self, block: Block, text: str) -> None:
        """Remember a single paragraph cited; a passage ending in a colon introduces quotes (when it
        names an instrument) or the lettered sub-items of the paragraph just cited."""
        if block.kind not in ("item", "para"):
            self.cited_age += 1
            return
        paragraph = _single_paragraph_cited(text)
        if paragraph is not None:
            self.cited, self.cited_age = (paragraph, block.start), 0
        else:
            self.cited_age += 1
        if block.opens_list:
            if QUOTE_INTRO_RE.search(text):
                self.intro = block
            if self.cited is not None and self.cited_age <= 1:
                self.lettered_from = self.cited[0]

"""The Chair in a document: who sent a message from the Chair, and which text of a document
commenting on a Chair's draft is the draft's.

Comments on a draft often reproduce it with the commenter's amendments: struck and inserted
wording, paragraphs inserted as "2 bis" and "2 tres", wording moved.  The reproduced
paragraphs are the draft author's proposals, not the commenter's; the commenter's are the
inserted paragraphs and the amendments (:mod:`wgec.graph.layout.amendments`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import Marking, clean_text, conventions
from wgec.graph.layout.amendments import draft_wording
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import ActorName, Edit, ParsedDocument, ParsedItem

INSERTED_NUMBER_RE = re.compile(r"\b(?:bis|ter|tres|quater|quinquies)\b", re.I)
DRAFT_TITLE_RE = re.compile(r"\b(?:comments?|amendments?|proposals?|edits?)\s+(?:to|on|of)\s+(?:the\s+)?"
                            r"(?P<draft>.*\b(?:draft|proposal|report|text|version)\b.*)$", re.I)


#: a title that says the document is the Chair's: "Summary by the Chair of ...", "Chair's summary", "Note by the Chair",
#: "Documents and Chair's conclusions"
_OWN = r"(?:summary|note|report|letter|message|statement|overview|conclusions|closing\s+remarks)"
CHAIR_S_RE = re.compile(rf"^\W*+(?:[\w'’ -]{{1,40}}?\s+and\s+)?"
                        rf"(?:{_OWN}\s+(?:prepared\s+)?(?:by|of|from)\s+the\s+Chair(?:man|person)?\b"
                        r"(?!\s+of\s+the\s+(?!Working\s+Group|WGEC|CSTD)(?-i:[A-Z]))|"  # not "of the ITU Council"
                        rf"(?:the\s+)?Chair(?:man|person)?['’]s\s+{_OWN}\b)", re.I)

CHAIR_ONLY_RE = re.compile(r"^(?:the\s+)?Chair(?:man|person|woman)?(?:\s+of\s+the\s+(?:WGEC|Working\s+Group"
                           r"(?:\s+on\s+Enhanced\s+Cooperation)?))?$", re.I)


def chair_s(title: str | None) -> bool:
    """The title says the document is the Chair's (of the working group: not "Report of the Chair of the ITU
    Council").

    >>> chair_s("Summary by the Chair of the fifth meeting"), chair_s("Chair's summary of the fourth meeting")
    (True, True)
    >>> chair_s("Report of the Chair of the ITU Council Working Group"), chair_s("Comments on the Chair's draft")
    (False, False)
    >>> chair_s("Documents and Chair's conclusions"), chair_s("Comments and proposals on the Chair's conclusions")
    (True, False)
    """
    return bool(CHAIR_S_RE.match(title or ""))


def names_the_chair(names: list[ActorName]) -> bool:
    """The one submitter named is the working group's Chair by office ("Prepared by the Chair", "Submitted by
    the Chairman of the WGEC"), not by name: whom the graph knows as the Chair (:func:`chair_s`), no actor "Chair".

    >>> names_the_chair([ActorName("Chair", 0, 5)]), names_the_chair([ActorName("Chair of the ITU Council", 0, 24)])
    (True, False)
    """
    return len(names) == 1 and CHAIR_ONLY_RE.match(names[0].name) is not None


def signs_as_chair(signer: ActorName | None) -> bool:
    """A signature whose office is the working group's Chair ("Benedicto Fonseca Filho" / "Chair of the Working
    Group on Enhanced Cooperation"): the document is the Chair's.

    >>> signs_as_chair(ActorName("Jo Roe", 0, 6, title="Chair of the Working Group on Enhanced Cooperation, 5 May"))
    True
    >>> signs_as_chair(ActorName("Jo Roe", 0, 6, title="Vice-Chair of the WGEC")), signs_as_chair(None)
    (False, False)
    """
    office = (signer.title or "").split(",")[0].strip() if signer is not None else ""
    return CHAIR_ONLY_RE.match(office) is not None and office.lower() != "chair"


def parse_chair_message(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The sender of a "Message from the Chair" section, from its first "From:" line."""
    source = doc.source
    in_message = False
    for block in blocks:
        text = block.text(source)
        if block.kind == "heading":
            in_message = bool(re.search(r"message from the chair", text, re.I))
            continue
        if in_message and block.kind == "meta":
            m = re.match(r"^\s*From\s*:\s*([^<]+?)\s*(?:<[^>]*>)?\s*$", source.line_text(block.line))
            if m:
                value = m.group(1)
                start = source.line_starts[block.line - 1] + source.line_text(block.line).find(value)
                doc.chair_message_sender = ActorName(value, start, start + len(value))
                return


def mark_draft_text(doc: ParsedDocument) -> None:
    """A Chair's draft's items are the Chair's.  In comments that reproduce a draft (a "comments"
    document with amendments marked or paragraphs inserted as "N bis"), the reproduced items are the
    draft's: their author is the draft's, their wording the draft's (:attr:`ParsedItem.amended` keeps
    it as amended)."""
    items = [item for sub in doc.submissions for item in sub.items]
    if doc.kind == "chair-draft":  # the draft itself: every item is its author's
        doc.draft_of = doc.title or "the Chair's draft"
        for item in doc.all_items():
            item.author = "draft"
        return
    inserted = [item for item in items if item.number and INSERTED_NUMBER_RE.search(item.number)]
    if doc.kind != "comments" or not (doc.edits or inserted):
        return
    m = DRAFT_TITLE_RE.search(doc.title or "")
    doc.draft_of = clean_text(m.group("draft")) if m else "the draft commented on"
    edits = _Edits(doc, conventions(doc.source.text) if doc.edits else frozenset())
    for item in items:
        if item not in inserted and not edits.wholly_inserted(item):
            edits.mark(item)


@dataclass
class _Edits:
    """The document's edits, found by offset (bisection: no scan of every edit per item)."""

    doc: ParsedDocument
    marked: frozenset[Marking]

    def __post_init__(self) -> None:
        self.starts = [e.start for e in self.doc.edits]
        self.moves = [e for e in self.doc.edits if e.moved_to is not None]

    def within(self, item: ParsedItem) -> list[Edit]:
        edits = self.doc.edits[bisect.bisect_left(self.starts, item.start):bisect.bisect_left(self.starts, item.end)]
        return edits + [e for e in self.moves if e.moved_to and item.start <= e.moved_to[0] < item.end
                        and e not in edits]

    def wholly_inserted(self, item: ParsedItem) -> bool:
        """An item whose wording is all an insertion: the commenter's."""
        covered = sum(min(e.end, item.end) - max(e.start, item.start) for e in self.within(item)
                      if e.kind == "insert")
        return covered >= 0.9 * (item.end - item.start)

    def mark(self, item: ParsedItem) -> None:
        item.author = "draft"
        own = self.within(item)
        if own:
            wording = draft_wording(item, self.doc.source, own, self.marked)
            if wording != item.text:
                item.text, item.amended = wording, item.text
        for child in item.children:
            if not self.wholly_inserted(child):
                self.mark(child)

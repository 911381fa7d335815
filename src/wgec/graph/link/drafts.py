"""Who holds a stance on a draft's item that a document commenting on the draft reproduces.

Comments on a draft (:attr:`ParsedDocument.draft_of`) reproduce its items (``item.author ==
"draft"``, the draft author's) with the commenter's changes marked.  The stance rules read a
draft's item in the wording each party wrote:

- the **draft's wording** (struck words restored, insertions left out): its stances are the
  draft author's, under the draft's own framing: an option the draft puts forward "for further
  consideration", a condition or another's view is recorded, not asserted;
- the **amended wording**, in the sentences the commenter changed (a deletion, an insertion, a
  replacement; a move changes the order, not the wording): its stances are the amender's.
  The draft's framing of its items as options is not theirs: they chose this wording (a
  condition or another's view still is).

Wording the commenter left as the draft had it is never the commenter's stance.  The same
reading decides who holds a curated stance (:meth:`Reading.holding`).  Pure: parsed documents in,
findings out (no RDF).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from wgec.graph.layout.model import ParsedDocument, ParsedItem
from wgec.graph.link.stances import (
    Frame,
    Lexicon,
    StanceFinding,
    find_stances,
    mask_markup,
    sentence_frames,
    split_sentences,
)

#: A change of wording marked in a text: start, end (the marked passage), the wording deleted, the inserted.
Change = tuple[int, int, str, str]


@dataclass(frozen=True)
class Found:
    """A finding of the rules in an item, at offsets of the document's source text."""

    item: ParsedItem
    finding: StanceFinding
    amended: bool = False  # on wording the commenter changed in a draft's item: the amender's


@dataclass(frozen=True)
class DraftItem:
    """A draft's item as the rules read it: both wordings (masked, offsets of the item's passage)."""

    item: ParsedItem
    frame: Frame  # what it inherits from the item that introduces it, in the draft
    draft: str
    amended: str
    changed: tuple[tuple[int, int], ...] = ()  # sentences on changed wording, offsets of the source text


@dataclass(frozen=True)
class Holding:
    """Who holds a stance resting on a passage of a draft's item, and how firmly."""

    item: ParsedItem
    amended: bool  # the passage rests on wording the commenter changed: the amender's
    frame: Frame  # the frame of its sentence, in the wording it rests on


@dataclass
class Reading:
    """What the stance rules read in one document."""

    lexicon: Lexicon
    found: list[Found] = field(default_factory=list)
    drafts: list[DraftItem] = field(default_factory=list)

    def holding(self, start: int, end: int) -> Holding | None:
        """For a passage of the source text in a draft's item: whose wording it rests on and the
        frame of its sentence; None outside the draft's items."""
        inside = [d for d in self.drafts if d.item.start <= start < d.item.end]
        if not inside:
            return None
        d = max(inside, key=lambda x: x.item.start)  # the innermost item
        amended = any(a < end and start < b for a, b in d.changed)
        wording, frame = (d.amended, replace(d.frame, option=False)) if amended else (d.draft, d.frame)
        base = d.item.start
        for (a, b), own, _ in sentence_frames(wording, self.lexicon, frame):
            if a + base < end and start < b + base:
                return Holding(d.item, amended, own)
        return Holding(d.item, amended, frame)


def worded(masked: str, text: str, changes: list[Change], *, draft: bool) -> str:
    """``masked`` (:func:`mask_markup` of ``text``) with each changed passage showing the wording of
    the draft (``draft``: what was deleted) or of the amended text (what was inserted), blanks
    around it: same length, offsets kept, whatever convention marked the change.

    >>> t = "an ~~old~~-new body"
    >>> worded(mask_markup(t), t, [(3, 14, "old", "new")], draft=True)
    'an   old       body'
    >>> worded(mask_markup(t), t, [(3, 14, "old", "new")], draft=False)
    'an         new body'
    """
    out, last = [], 0
    for start, end, deleted, inserted in sorted(changes):
        region = text[start:end]
        words = deleted if draft else inserted
        at = max(0, region.find(words) if draft else region.rfind(words))  # an insertion follows the deletion
        words = words[:end - start - at]
        out += [masked[last:start], " " * at, words, " " * (end - start - at - len(words))]
        last = end
    out.append(masked[last:])
    return "".join(out)


def changed_spans(amended: str, draft: str, changes: list[Change]) -> list[tuple[int, int]]:
    """The sentences of either wording of a text that hold a change: wording the change made
    (in ``amended``) or undid (in ``draft``).

    >>> t = "A body. An ~~old~~-new body. C."
    >>> c = [(11, 22, "old", "new")]
    >>> [t[a:b] for a, b in changed_spans(worded(mask_markup(t), t, c, draft=False),
    ...                                   worded(mask_markup(t), t, c, draft=True), c)]
    ['An ~~old~~-new body.']
    """
    out = set()
    for view in (amended, draft):
        for a, b in split_sentences(view):
            if any(start < b and a < end for start, end, _, _ in changes):
                out.add((a, b))
    return sorted(out)


def read_document(doc: ParsedDocument, lexicon: Lexicon) -> Reading:
    """Every finding in the proposals of ``doc`` (list items inherit the frame of the sentence
    that introduces them), and how its draft's items read."""
    text = doc.source.text
    masked = mask_markup(text)
    changes = sorted((e.start, e.end, e.deleted, e.inserted) for e in doc.edits if e.kind != "move") \
        if doc.draft_of is not None else []
    reading = Reading(lexicon)
    todo: list[tuple[ParsedItem, Frame]] = [(item, Frame()) for sub in doc.submissions for item in sub.items]
    while todo:
        item, frame = todo.pop()
        if item.author == "draft":
            inherited = _read_draft_item(reading, item, frame, masked, text, _own_changes(item, changes))
        else:
            findings, inherited = find_stances(masked[item.start:item.end], lexicon, frame)
            reading.found.extend(Found(item, _shifted(f, item.start)) for f in findings)
        todo.extend((child, inherited) for child in item.children)
    reading.found.sort(key=lambda x: (x.finding.start, x.finding.position, x.amended))
    reading.drafts.sort(key=lambda d: d.item.start)
    return reading


def _own_changes(item: ParsedItem, changes: list[Change]) -> list[Change]:
    """The changes in the item's passage and not in one of its sub-items', offsets of the passage."""
    i, j = bisect.bisect_left(changes, (item.start,)), bisect.bisect_left(changes, (item.end,))
    return [(a - item.start, min(b, item.end) - item.start, deleted, inserted)
            for a, b, deleted, inserted in changes[i:j]
            if not any(c.start <= a < c.end for c in item.children)]


def _read_draft_item(reading: Reading, item: ParsedItem, frame: Frame, masked: str, text: str,
                     changes: list[Change]) -> Frame:
    """A draft's item: the draft author's findings in its draft wording, the amender's in the
    sentences the commenter changed; returns the frame its sub-items inherit (the draft's)."""
    base, lexicon = item.start, reading.lexicon
    local, source = masked[item.start:item.end], text[item.start:item.end]
    draft = worded(local, source, changes, draft=True) if changes else local
    amended = worded(local, source, changes, draft=False) if changes else local
    changed = changed_spans(amended, draft, changes)
    findings, inherited = find_stances(draft, lexicon, frame)
    reading.found.extend(Found(item, _shifted(_covering(f, changes), base)) for f in findings)
    if changed:
        own, _ = find_stances(amended, lexicon, replace(frame, option=False))
        reading.found.extend(Found(item, _shifted(f, base), amended=True) for f in own
                             if any(a < f.end and f.start < b for a, b in changed))
    reading.drafts.append(DraftItem(item, frame, draft, amended, tuple((a + base, b + base) for a, b in changed)))
    return inherited


def _covering(f: StanceFinding, changes: list[Change]) -> StanceFinding:
    """The finding's evidence widened to whole changed passages it ends or starts in (the struck
    wording with its marks)."""
    start = min([f.start] + [a for a, b, _, _ in changes if a < f.start < b])
    end = max([f.end] + [b for a, b, _, _ in changes if a < f.end < b])
    return replace(f, start=start, end=end)


def _shifted(f: StanceFinding, by: int) -> StanceFinding:
    return replace(f, start=f.start + by, end=f.end + by)

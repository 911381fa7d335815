"""Amendments marked in a document, and wording moved within a list.

:func:`wgec.graph.ingest.markup.find_changes` finds what the text marks (struck,
inserted, replaced wording, in any convention; bold, underlined or bracketed
additions where the document's legend says so).  Wording struck at one place of a
list and written, unmarked, at another place of the same list was moved, not
deleted: "... : respect for the sovereign rights of states ...; multistakeholder
approach; ...; ~~respect for the sovereign rights of states ...~~; ..." (the
comments of the Russian Federation on the Chair's draft of November 2017) is a
move to the head of the list.
"""
from __future__ import annotations

import bisect
import re

from wgec.graph.ingest.markup import Change, Marking, conventions, find_changes, original_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import Edit, ParsedDocument, ParsedItem

MOVE_MIN_WORDS = 3  # a shorter struck phrase found elsewhere may be a coincidence ("the Internet")
MOVE_REACH = 3  # blocks before and after the struck one in which the moved wording may stand


def parse_edits(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The document's amendments (:attr:`ParsedDocument.edits`), a deletion whose wording stands
    unmarked elsewhere in its list recorded as a move."""
    source = doc.source
    text = source.text
    body = source.line_starts[doc.body_first_line - 1] if doc.body_first_line <= len(source.line_starts) else 0
    changes = [c for c in find_changes(text, conventions(text)) if c.start >= body]  # none on the cover
    if not changes:
        return
    spans = [(c.start, c.end) for c in changes]
    scopes = _scopes(blocks)
    starts = [s for s, _ in scopes]
    for change in changes:
        moved = _moved_to(text, change, scopes, starts, spans) if change.kind == "delete" else None
        kind = "move" if moved else change.kind
        doc.edits.append(Edit(kind, change.deleted, change.inserted, change.start, change.end, moved))


def _scopes(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of the item and paragraph blocks, in order."""
    return [(b.start, b.end) for b in blocks if b.kind in ("item", "para")]


def _moved_to(text: str, change: Change, scopes: list[tuple[int, int]], starts: list[int],
              changes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the struck wording stands unmarked in its own block or a neighbouring one, if it does
    (the same words, in any case: a copy of the struck phrase)."""
    wording = change.deleted.strip(" .;,:")
    if len(wording.split()) < MOVE_MIN_WORDS:
        return None
    i = bisect.bisect_right(starts, change.start) - 1
    if i < 0:
        return None
    lo, hi = scopes[max(0, i - MOVE_REACH)][0], scopes[min(len(scopes) - 1, i + MOVE_REACH)][1]
    scope = text[lo:hi]
    folded = scope.lower() if len(scope.lower()) == len(scope) else scope  # case folding kept offsets
    needle = wording.lower() if folded is not scope else wording
    at = folded.find(needle)
    while at != -1:
        start = lo + at
        k = bisect.bisect_right(changes, (start, len(text))) - 1  # the change that starts at or before it
        if k < 0 or not changes[k][0] <= start < changes[k][1]:
            return start, start + len(wording)
        at = folded.find(needle, at + 1)
    return None


def draft_wording(item: ParsedItem, source: SourceFile, edits: list[Edit], marked: frozenset[Marking]) -> str:
    """An item's wording before the amendments marked in it: struck wording kept, insertions and
    the new place of moved wording left out (the draft as its author wrote it); ``marked``: how the
    document marks additions (:func:`~wgec.graph.ingest.markup.conventions`)."""
    raw = source.text[item.start:item.end]
    cuts = sorted({e.moved_to for e in edits if e.moved_to and item.start <= e.moved_to[0] < item.end})
    for start, end in reversed(cuts):
        a, b = start - item.start, end - item.start
        tail = re.match(r"\s*[;,]?\s*", raw[b:])
        raw = raw[:a] + raw[b + (tail.end() if tail else 0):]
    return original_text(raw, marked)

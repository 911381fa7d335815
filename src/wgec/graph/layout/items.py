"""Items of a recommendations section: nested blocks to proposals with stable keys."""
from __future__ import annotations

import re

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.keys import unique_key
from wgec.graph.layout.model import ParsedItem

# "... (9)" at the end of an item: its number in the submitter's original list
ORIGINAL_NUMBER_RE = re.compile(r"[;,.]?\s*\((\d{1,3})\)\s*$")


def to_items(blocks: list[Block], source: SourceFile, section: str | None, prefix: str,
             question: str | None, seen: dict[str, int]) -> list[ParsedItem]:
    """Proposals of nested item and paragraph blocks.  A numbered item is keyed by its number
    ("2.5", "2-bis"), anything else by ``prefix`` and its number or position ("access-3");
    sub-items by their parent's key ("2.a"); ``seen`` keeps keys unique in the document."""
    items: list[ParsedItem] = []
    ordinal = 0
    for block in blocks:
        if block.kind not in ("item", "para"):
            continue
        ordinal += 1
        raw_text = block.text(source)
        if not raw_text:
            continue
        original = block.original_number
        m = ORIGINAL_NUMBER_RE.search(raw_text)
        text = raw_text
        if m and block.kind == "item" or m and block.marker == "text" and prefix:
            original = original or m.group(1)
            text = raw_text[: m.start()].rstrip(" ;,")
        local = re.sub(r"\s+", "-", block.number.strip("()").lower()) if block.number else str(ordinal)
        key = unique_key(local if block.marker == "dec" and block.number else f"{prefix}{local}", seen)
        item = ParsedItem(key=key, number=block.number, text=text, start=block.start, end=block.end,
                          section=section, original_number=original, question=question)
        item.children = to_items(block.children, source, section, f"{key}.", question, seen)
        items.append(item)
    return items


def free_paragraphs_into_items(roots: list[Block]) -> list[Block]:
    """A plain paragraph after a numbered item belongs to that item (e.g. a second sentence block)."""
    out: list[Block] = []
    for block in roots:
        if block.kind == "para" and out and out[-1].kind == "item" and out[-1].marker == "dec" \
                and not block.children:
            out[-1].end = block.end
            continue
        out.append(block)
    return out

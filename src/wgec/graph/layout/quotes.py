"""Paragraphs of an instrument quoted in a document, outside any proposal."""
from __future__ import annotations

import re

from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import ParsedDocument, QuotedProvision
from wgec.graph.layout.references import REF_RE

QUOTE_INTRO_RE = re.compile(r"resolution|agenda|declaration|outcome document|A/\d+/\d+|following terms", re.I)


def parse_quotes(doc: ParsedDocument, blocks: list[Block]) -> None:
    """Paragraphs quoted from an instrument, right after a passage that introduces them:
    numbered ("... in the following terms:" then "64. We acknowledge ...") or lettered
    sub-items of a paragraph just cited ("In para 35 ... that:" then "a) Policy authority ...")."""
    source = doc.source
    intro: Block | None = None
    expected: int | None = None
    previous: Block | None = None
    cited: tuple[int, int] | None = None  # (paragraph, offset) of the last single-paragraph reference
    cited_age = 99
    lettered_from: int | None = None
    for block in blocks:
        text = block.text(source)
        if intro is not None and block.kind == "heading":
            continue
        if lettered_from is not None and block.kind == "item" and block.marker == "alpha" and block.number \
                and len(block.number) == 1:
            doc.quoted.append(QuotedProvision(cited[1] if cited else block.start, lettered_from,
                                              block.number.lower(), block.start, block.end))
            continue
        lettered_from = None
        m = re.match(r"^(\d{1,3})\.\s", text) if block.kind == "para" else None
        number = int(block.number) if block.kind == "item" and block.marker == "dec" and block.number \
            and block.number.isdigit() else (int(m.group(1)) if m else None)
        if intro is not None and number is not None and (expected is None or number == expected) \
                and (previous is None or previous.number is None or not previous.number.isdigit()
                     or number != int(previous.number) + 1 or expected is not None):
            start = block.start + (m.end() if m else 0)
            doc.quoted.append(QuotedProvision(intro.start, number, None, start, block.end))
            expected = number + 1
            continue
        intro = None
        expected = None
        refs = [r for r in REF_RE.finditer(text)] if block.kind in ("item", "para") else []
        singles = [r for r in refs if re.fullmatch(r"\d{1,3}", r.group(1).strip())]
        if singles:
            cited, cited_age = (int(singles[-1].group(1)), block.start), 0
        else:
            cited_age += 1
        if block.kind in ("item", "para") and block.opens_list:
            if QUOTE_INTRO_RE.search(text):
                intro = block
            if cited is not None and cited_age <= 1:
                lettered_from = cited[0]
        if block.kind == "item" and block.marker == "dec":
            previous = block

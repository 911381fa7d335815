"""A message from the Chair: who sent it, from its "From:" line."""
from __future__ import annotations

import re

from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import ActorName, ParsedDocument


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

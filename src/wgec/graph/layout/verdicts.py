"""Comments on a draft given paragraph by paragraph, a line a paragraph: "Para 3: support.", "Para 9: amend
to read "...".", "Para 12: delete.", "Paragraph 21: delete the words "..."", "New para after para 21: "..."".

A line that asks for a change is a proposal: its text is the wording it proposes when it gives it in
quotation marks ("amend to read", "replace with", a new paragraph), else what it asks ("delete. A new body would
duplicate ..."); a line that only supports or accepts the paragraph ("Para 7: support, in particular ...")
asks for nothing, and is no proposal.
"""
from __future__ import annotations

import re

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.prose import recommends

_PARA = (r"(?:para(?:graph)?s?\.?|§|OP|PP|rec(?:ommendation)?s?\.?)\s*+\d{1,3}(?:\.\d{1,2})?+(?:\s*\([a-z]\))?+"
         r"(?:\s*(?:bis|ter))?+")
# "Para 12: ...", "Paragraph 4 (b) - ...", "New para after para 21: ...", "New paragraph 7 bis: ...", a Chair's draft's
# recommendations "Rec 5 -- insert ...", "New rec after Rec 15 -- ..."
VERDICT_RE = re.compile(
    rf"(?:(?P<new>(?:new|additional)\s+(?:para(?:graph)?\.?|§|rec(?:ommendation)?\.?)(?:\s*\d{{1,3}}(?:\s*(?:bis|ter))?)?"
    rf"(?:\s+(?:after|before|following)\s+{_PARA})?)|{_PARA})\s*(?P<sep>[:–—-]|--)\s+(?P<say>\S)", re.I)
# what asks for a change of the paragraph, not only agrees with it
CHANGE_RE = re.compile(r"\b(?:amend\w*|add(?:ed|ing|ition)?|delet\w*|replac\w*|insert\w*|strike|struck|remov\w*|"
                       r"redraft\w*|reword\w*|reformulat\w*|mov(?:e|ed)\s+to|merg\w*|to\s+read|reads?\s+as)\b", re.I)
# the wording proposed, in quotation marks after "to read", "as follows", "replace ... with" or a new paragraph's colon
WORDING_RE = re.compile(r"(?:\breads?|\bfollows|\bwith|\bby|[:–—-])\s*:?\s*[\"“](?P<wording>[^\"“”]{3,}+)[\"”]"
                        r"\s*\.?\s*$", re.I)
# a verdict that keeps the paragraph: "support", "we agree", "no comment"
KEEP_RE = re.compile(r"(?:we\s+|I\s+)?(?:(?:fully|strongly)\s+)?(?:support|agree|accept|welcome|endorse|retain|keep|"
                     r"no\s+(?:comments?|changes?|objections?)|fine|ok)\b", re.I)
VERDICT_LINES = 2  # comments given paragraph by paragraph: at least this many lines, else a line of prose


def verdict_items(blocks: list[Block], source: SourceFile) -> list[Block]:
    """``blocks`` with each paragraph's verdict line ("Para 12: delete.") made an item of what it proposes, or
    dropped when it asks no change; ``blocks`` as they are when fewer than two lines give verdicts."""
    verdicts = {id(b): m for b in blocks if (b.kind == "para" or b.kind == "item" and not b.children)
                and (m := VERDICT_RE.match(b.text(source)))}  # (or a numbered one: "5. Recommendation 5: ...")
    if len(verdicts) < VERDICT_LINES:
        return blocks
    out: list[Block] = []
    for block in blocks:
        m = verdicts.get(id(block))
        if m is None:
            out.append(block)
        elif (item := _proposed(block, m, source)) is not None:
            out.append(item)
    return out


def _proposed(block: Block, m: re.Match[str], source: SourceFile) -> Block | None:
    """The item a verdict line proposes, or None when it asks no change."""
    text = block.text(source)
    say = text[m.start("say"):]
    if not m.group("new") and not CHANGE_RE.search(say) and (KEEP_RE.match(say) or not recommends(say)):
        return None  # "Para 3: support.", "Para 6 - we support this paragraph."
    raw = block.raw(source)
    at = VERDICT_RE.match(raw)  # the raw text: a PDF's line ends inside the line
    if at is None:
        return None
    start, end = block.start + at.start("say"), block.end
    wording = WORDING_RE.search(raw, at.start("sep"))  # 'replace "A" with "B"': the whole request, not "B" alone;
    # '... so that the text reads: "C"', 'as follows: "C"': the text in full (the whole paragraph as it would read)
    if wording is not None and (raw[wording.start():wording.start() + 4].lower() in ("read", "foll")  # the text in
                                or not any(q in raw[at.start("say"):wording.start("wording") - 1] for q in "\"“”")):
        start, end = block.start + wording.start("wording"), block.start + wording.end("wording")
    return Block("item", start, end, block.line, "bullet", None, line_start=block.line_start)

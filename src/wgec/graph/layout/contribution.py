"""The contribution layout: one submission whose proposals are the items of its
recommendations sections, or the answers to guiding questions."""
from __future__ import annotations

from wgec.graph.layout.blocks import Block, nest
from wgec.graph.layout.headings import NON_PROPOSAL_HEADING_RE, heading_level, section_is_proposal
from wgec.graph.layout.items import free_paragraphs_into_items, to_items
from wgec.graph.layout.keys import slug
from wgec.graph.layout.model import ParsedDocument, Question, Submission


def parse_contribution(doc: ParsedDocument, blocks: list[Block]) -> None:
    source = doc.source
    sub = Submission(key="", submitters=doc.submitters, date=doc.date, on_behalf_of=list(doc.on_behalf_of))
    doc.submissions.append(sub)
    section: str | None = None
    in_proposals = not any(b.kind == "heading" for b in blocks) or False
    question: str | None = None
    segment: list[Block] = []
    seen: dict[str, int] = {}
    has_questions = any(b.kind == "item" and b.marker in ("rparen", "dec") and b.text(source).endswith("?")
                        and not b.children for b in blocks)
    if has_questions:
        in_proposals = False
    if not any(b.kind == "heading" and section_is_proposal(b.text(source), False) for b in blocks) \
            and not has_questions:
        in_proposals = True  # no sections at all: every item is a proposal

    headings: list[tuple[int, bool]] = []  # (level, flag its sub-sections inherit)

    def flush() -> None:
        nonlocal segment
        if segment and in_proposals:
            roots = free_paragraphs_into_items(nest(segment))
            prefix = f"q{question.split('-')[-1]}-" if question else f"{slug(' '.join((section or 'p').split()[:3]))}-"
            sub.items.extend(to_items(roots, source, section, prefix, question, seen))
        segment = []

    for block in blocks:
        text = block.text(source)
        if block.kind == "heading" and text[:1] in "“\"'":
            continue  # a heading inside a quotation, e.g. '### *“4.1 Enhanced Cooperation*'
        if block.kind == "heading":
            flush()
            section = text
            question = None
            level = heading_level(source.line_text(block.line))
            while headings and headings[-1][0] >= level:
                headings.pop()
            inherited = headings[-1][1] if headings else False
            in_proposals = section_is_proposal(text, inherited)
            headings.append((level, inherited if NON_PROPOSAL_HEADING_RE.match(text) else in_proposals))
            continue
        if block.kind == "item" and block.marker in ("rparen", "dec") and text.endswith("?") and block.indent == 0:
            flush()
            number = block.number or str(len(doc.questions) + 1)
            q = Question(f"guiding-{number}", number, text, block.start, block.end, "guiding")
            doc.questions.append(q)
            question = q.key
            section = text
            in_proposals = True
            continue
        if block.kind in ("item", "para"):
            if any(q.start <= block.start < q.end for q in doc.quoted):
                continue
            segment.append(block)
    flush()
    if not sub.items:
        doc.warnings.append(f"{source.name}: contribution layout, but no recommendation items found")

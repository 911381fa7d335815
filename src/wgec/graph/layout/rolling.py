"""The rolling-document layout: groups A-E (and the uncategorised), each with blocks of
"Draft recommendations submitted by X (date)", a submission each."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block, nest
from wgec.graph.layout.dates import parse_date
from wgec.graph.layout.headings import ANNEX_RE, GROUP_RE, UNCATEGORISED_RE
from wgec.graph.layout.items import to_items
from wgec.graph.layout.keys import slug
from wgec.graph.layout.model import ActorName, ParsedDocument, Submission
from wgec.graph.layout.names import represented, split_names

SUBMISSION_RE = re.compile(
    r"^(?:Draft\s+)?recommendations?\s+(?:from\s+(?P<from>.+?)\s+)?submitted\s+by\s+(?P<by>.+)\s*"
    r"\((?P<date>[^()]*\d{4})\)\s*[:.]?\s*$", re.I)
FOOTNOTE_SUBMITTER_RE = re.compile(
    r"(?i:submitted)\b.*?\bby\s+(?P<name>(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
    r"(?:,\s*(?P<title>.+?))?(?:\s+for\b|\.\s*$|$)", re.S)


def is_rolling(blocks: list[Block], source: SourceFile) -> bool:
    """A rolling document has GROUP headings and "... submitted by X (date)" items."""
    return any(b.kind == "heading" and GROUP_RE.match(b.text(source)) for b in blocks) and \
        any(SUBMISSION_RE.match(b.text(source)) for b in blocks if b.kind == "item")


def parse_rolling(doc: ParsedDocument, blocks: list[Block]) -> None:
    source = doc.source
    category: str | None = None
    section: str | None = None
    current: Submission | None = None
    segment: list[Block] = []
    seen_keys: dict[str, int] = {}
    item_keys: dict[str, int] = {}
    subsection: str | None = None
    active = False

    def flush() -> None:
        nonlocal segment
        if current is not None and segment:
            roots = nest(segment)
            prefix = f"{slug(' '.join(subsection.split()[:3]))}-" if subsection else ""
            current.items.extend(to_items(roots, source, subsection or section, prefix, None, item_keys))
        segment = []

    for block in blocks:
        text = block.text(source)
        if block.kind == "toc":
            continue
        if block.kind == "heading" and (GROUP_RE.match(text) or UNCATEGORISED_RE.match(text) or ANNEX_RE.match(text)):
            flush()
            current = None
            gm = GROUP_RE.match(text)
            category = gm.group("letter").upper() if gm else None
            section = text
            active = not ANNEX_RE.match(text)
            continue
        if not active:
            continue
        sm = SUBMISSION_RE.match(text) if block.kind in ("item", "para", "heading") else None
        if sm:
            flush()
            current = _submission_from_heading(doc, block, sm, category, seen_keys)
            doc.submissions.append(current)
            item_keys = {}
            subsection = None
            continue
        if current is None:
            continue
        if block.kind == "footnote":
            _submitter_from_footnote(doc, current, block)
            continue
        if block.kind == "heading":
            flush()
            subsection = text
            continue
        if block.kind in ("item", "para"):
            segment.append(block)
    flush()
    # a TOC-only structure would leave submissions without items
    for sub in doc.submissions:
        if not sub.items:
            doc.warnings.append(f"{source.name}: submission {sub.key!r} has no items")


def _submission_from_heading(doc: ParsedDocument, block: Block, m: re.Match[str], category: str | None,
                             seen: dict[str, int]) -> Submission:
    source = doc.source
    raw = block.raw(source)
    text = clean_text(raw)
    offset_of = lambda s: block.start + max(raw.find(s), 0)  # noqa: E731
    by = m.group("by").strip()
    behalf_text = None
    bm = re.search(r"\s+on\s+behalf\s+of\s+(?:by\s+)?", by, re.I)
    if bm:
        behalf_text = by[bm.end():]
        by = by[: bm.start()]
    submitters = split_names(by, offset_of(by))
    sub = Submission(key="", submitters=submitters, date=parse_date(m.group("date")),
                     category=category, heading_span=(block.start, block.end))
    if m.group("from"):
        sub.on_behalf_of = split_names(m.group("from"), offset_of(m.group("from")))
        sub.group_members = list(sub.on_behalf_of)
        sub.group_label = ", ".join(a.name for a in sub.on_behalf_of[:-1]) + " and " + sub.on_behalf_of[-1].name \
            if len(sub.on_behalf_of) > 1 else None
    if behalf_text:
        pm = re.search(r"\(([^()]+)\)\s*$", behalf_text)
        if pm:
            sub.group_members = split_names(pm.group(1), offset_of(pm.group(1)))
            label = re.sub(r"^an?\s+", "", behalf_text[: pm.start()].strip(), flags=re.I)
            sub.group_label = f"{label[:1].upper()}{label[1:]} ({', '.join(a.name for a in sub.group_members)})"
        else:
            sub.on_behalf_of = represented(behalf_text, offset_of(behalf_text))
    base = f"{(category or 'uncategorized').lower()}/{slug(submitters[0].name if submitters else 'unknown')}"
    n = seen.get(base, 0) + 1
    seen[base] = n
    sub.key = base if n == 1 else f"{base}-{n}"
    if sub.date is None:
        doc.warnings.append(f"{source.name}:{block.line}: submission date not understood in {text[:60]!r}")
    return sub


def _submitter_from_footnote(doc: ParsedDocument, sub: Submission, block: Block) -> None:
    raw = block.raw(doc.source)
    m = FOOTNOTE_SUBMITTER_RE.search(raw)
    if m:
        name = m.group("name")
        actor = ActorName(name, block.start + m.start("name"), block.start + m.end("name"))
        setattr(actor, "title", clean_text(m.group("title")) if m.group("title") else None)
        sub.submitters.append(actor)

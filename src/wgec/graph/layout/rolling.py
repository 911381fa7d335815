"""The rolling-document layout: groups A-E (and the uncategorised), each with blocks of
"Draft recommendations submitted by X (date)", a submission each; and a compilation whose
blocks each open with a contributor's line ("Contributor: X", "Submitted by: X", "Contribution
from X", "Proposal by X"), a submission each (the compiler submits none of them)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wgec.graph.ingest.markup import clean_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block, nest
from wgec.graph.layout.dates import parse_date
from wgec.graph.layout.headings import ANNEX_RE, GROUP_RE, UNCATEGORISED_RE
from wgec.graph.layout.items import ItemRules, to_items
from wgec.graph.layout.keys import slug, unique_key
from wgec.graph.layout.model import ActorName, ParsedDocument, Submission
from wgec.graph.layout.names import represented, split_names

SUBMISSION_RE = re.compile(
    r"^(?:Draft\s+)?recommendations?\s+(?:from\s+(?P<from>.+?)\s+)?submitted\s+by\s+(?P<by>.+)\s*"
    r"\((?P<date>[^()]*\d{4})\)\s*[:.]?\s*$", re.I)
# a compilation's block opener: the contributor alone on its line
CONTRIBUTOR_RE = re.compile(
    r"^\W*+(?:Contributor|Submitted\s+by|Contribution\s+from|Proposals?\s+(?:by|from))\s*:?\s+"
    r"(?P<by>[A-Z][^.;:]{1,100}?)[\s*_.:]*$", re.I)
FOOTNOTE_SUBMITTER_RE = re.compile(
    r"(?i:submitted)\b.*?\bby\s+(?P<name>(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
    r"(?:,\s*(?P<title>.+?))?(?:\s+for\b|\.\s*$|$)", re.S)


def is_rolling(blocks: list[Block], source: SourceFile) -> bool:
    """A rolling document has GROUP headings and "... submitted by X (date)" items, or blocks
    opened by contributors' lines (:func:`contributors_from`)."""
    return any(b.kind == "heading" and GROUP_RE.match(b.text(source)) for b in blocks) and \
        any(SUBMISSION_RE.match(b.text(source)) for b in blocks if b.kind == "item") or \
        (first := contributors_from(source)) is not None and any(b.line == first for b in blocks)


def contributors_from(source: SourceFile) -> int | None:
    """The first of two or more contributors' lines, each a paragraph alone ("Contributor: X"),
    with text between them: a compilation of contributions, the body starts there.

    >>> contributors_from(SourceFile.from_text("x", "Contributor: Chile\\n\\n1. A\\n\\nContributor: Peru\\n\\n1. B"))
    1
    """
    lines = source.lines()
    found = [n for n, _, text in lines if CONTRIBUTOR_RE.match(text)
             and all(not lines[k - 1][2].strip() for k in (n - 1, n + 1) if 1 <= k <= len(lines))]
    texts = [any(lines[k - 1][2].strip() for k in range(a + 1, b)) for a, b in zip(found, found[1:], strict=False)]
    return found[0] if len(found) >= 2 and all(texts) else None


def parse_rolling(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The submissions of each group, with their items (an annex is not read)."""
    reader = _Reader(doc, active=not any(b.kind == "heading" and _opens_part(b.text(doc.source)) for b in blocks))
    for block in blocks:
        reader.read(block)
    reader.flush()
    # a TOC-only structure would leave submissions without items
    for sub in doc.submissions:
        if not sub.items:
            doc.warnings.append(f"{doc.source.name}: submission {sub.key!r} has no items")


def _opens_part(text: str) -> bool:
    """A group, "Recommendations which could not be categorised" or an annex."""
    return bool(GROUP_RE.match(text) or UNCATEGORISED_RE.match(text) or ANNEX_RE.match(text))


@dataclass
class _Reader:
    """Reads the body block by block: a part (group) heading, a submission heading, then the
    submission's sub-headings, footnotes, items and paragraphs."""

    doc: ParsedDocument
    category: str | None = None  # letter of the current group
    section: str | None = None
    subsection: str | None = None
    active: bool = False  # in a group (not an annex)
    current: Submission | None = None
    segment: list[Block] = field(default_factory=list)
    submission_keys: dict[str, int] = field(default_factory=dict)
    item_keys: dict[str, int] = field(default_factory=dict)

    def read(self, block: Block) -> None:
        text = block.text(self.doc.source)
        if block.kind == "toc":
            return
        if block.kind == "heading" and _opens_part(text):
            self.open_part(text)
            return
        if not self.active:
            return
        sm = (SUBMISSION_RE.match(text) or CONTRIBUTOR_RE.match(text)) if block.kind in ("item", "para", "heading") \
            else None
        if sm:
            self.open_submission(block, sm)
        elif self.current is not None:
            self.read_in_submission(self.current, block, text)

    def open_part(self, text: str) -> None:
        self.flush()
        self.current = None
        gm = GROUP_RE.match(text)
        self.category = gm.group("letter").upper() if gm else None
        self.section = text
        self.active = not ANNEX_RE.match(text)

    def open_submission(self, block: Block, m: re.Match[str]) -> None:
        self.flush()
        self.current = _submission_from_heading(self.doc, block, m, self.category, self.submission_keys)
        self.doc.submissions.append(self.current)
        self.item_keys = {}
        self.subsection = None

    def read_in_submission(self, current: Submission, block: Block, text: str) -> None:
        if block.kind == "footnote":
            _submitter_from_footnote(self.doc, current, block)
        elif block.kind == "heading":
            self.flush()
            self.subsection = text
        elif block.kind in ("item", "para"):
            self.segment.append(block)

    def flush(self) -> None:
        if self.current is not None and self.segment:
            roots = nest(self.segment)
            prefix = f"{slug(' '.join(self.subsection.split()[:3]))}-" if self.subsection else ""
            rules = ItemRules("recommending", True, sorted((q.start, q.end) for q in self.doc.quoted))
            self.current.items.extend(to_items(roots, self.doc.source, self.subsection or self.section, prefix,
                                               None, self.item_keys, rules))
        self.segment = []


def _submission_from_heading(doc: ParsedDocument, block: Block, m: re.Match[str], category: str | None,
                             seen: dict[str, int]) -> Submission:
    """A submission from its heading: "Draft recommendations [from A, B and C] submitted by X
    [on behalf of Y] (date)"."""
    raw = block.raw(doc.source)

    def offset_of(s: str) -> int:
        return block.start + max(raw.find(s), 0)

    by, behalf_text = _split_on_behalf(m.group("by").strip())
    submitters = split_names(by, offset_of(by))
    dated = "date" in m.re.groupindex  # a contributor's line gives no date: the compilation's
    sub = Submission(key="", submitters=submitters, date=parse_date(m.group("date")) if dated else doc.date,
                     date_precision="day" if dated else doc.date_precision,
                     category=category, heading_span=(block.start, block.end))
    if m.groupdict().get("from"):
        _coalition(sub, split_names(m.group("from"), offset_of(m.group("from"))))
    if behalf_text:
        _on_behalf_of(sub, behalf_text, offset_of)
    part = f"{(category or 'uncategorized').lower()}/" if dated else ""
    sub.key = unique_key(f"{part}{slug(submitters[0].name if submitters else 'unknown')}", seen)
    if sub.date is None and dated:
        doc.warnings.append(f"{doc.source.name}:{block.line}: submission date not understood in "
                            f"{clean_text(raw)[:60]!r}")
    return sub


def _split_on_behalf(by: str) -> tuple[str, str | None]:
    """("X", "Y") for "X on behalf of Y", else ("X", None).

    >>> _split_on_behalf("Mexico on behalf of by a group of countries (Brazil and Peru)")
    ('Mexico', 'a group of countries (Brazil and Peru)')
    """
    bm = re.search(r"\s+on\s+behalf\s+of\s+(?:by\s+)?", by, re.I)
    return (by[: bm.start()], by[bm.end():]) if bm else (by, None)


def _coalition(sub: Submission, members: list[ActorName]) -> None:
    """A "from A, B and C" coalition: the submitters speak for these members, a group "A, B and C"."""
    sub.on_behalf_of = members
    sub.group_members = list(members)
    sub.group_label = ", ".join(a.name for a in members[:-1]) + " and " + members[-1].name \
        if len(members) > 1 else None


def _on_behalf_of(sub: Submission, behalf_text: str, offset_of: Callable[[str], int]) -> None:
    """After "on behalf of": a group and its members when they are listed in brackets ("a group of
    countries (A, B and C)"), else the represented parties (a bloc kept whole, or a list)."""
    pm = re.search(r"\(([^()]+)\)\s*$", behalf_text)
    if pm is None:
        sub.on_behalf_of = represented(behalf_text, offset_of(behalf_text))
        return
    sub.group_members = split_names(pm.group(1), offset_of(pm.group(1)))
    label = re.sub(r"^an?\s+", "", behalf_text[: pm.start()].strip(), flags=re.I)
    sub.group_label = f"{label[:1].upper()}{label[1:]} ({', '.join(a.name for a in sub.group_members)})"


def _submitter_from_footnote(doc: ParsedDocument, sub: Submission, block: Block) -> None:
    """A person named in a footnote ("Submitted ... by Mr. X, <position> for ...") delivered the
    submission for its submitter (India, for "Mr. Reddy, Deputy Permanent Representative ... of
    India"): one submission, one submitter; the person is not a second one."""
    m = FOOTNOTE_SUBMITTER_RE.search(block.raw(doc.source))
    if m is None:
        return
    title = clean_text(m.group("title")) if m.group("title") else None
    person = ActorName(m.group("name"), block.start + m.start("name"), block.start + m.end("name"), title, "Person")
    same = [a for a in sub.submitters if slug(a.name) == slug(person.name)]
    if same:  # the submitter named again: its position, not a second actor
        same[0].title = same[0].title or title
    elif not any(slug(a.name) == slug(person.name) for a in sub.delivered_by):
        sub.delivered_by.append(person)

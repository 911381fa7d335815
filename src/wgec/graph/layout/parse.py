"""One document's text to its structure: header, sections, submissions, items,
questions, tables and quoted provisions.

Two layouts are recognised: a *contribution* (a UN CSTD cover with a title and
"Submitted by X", or "From:/Date:" lines, then numbered or bulleted
recommendations) and a *rolling document* (groups A-E, each with "Draft
recommendations submitted by X (date)" blocks).  Anything else is kept as a
document with its mentions and citations, and a warning says what was not
understood.  The result is plain data; :mod:`wgec.graph.emit.emitter` turns it into RDF.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from wgec.graph.layout.blocks import META_RE, Block, classify_line, nest, split_blocks
from wgec.graph.layout.references import REF_RE
from wgec.graph.layout.dates import parse_date
from wgec.graph.ingest.markup import TAG_RE, clean_text
from wgec.graph.ingest.source import SourceFile

SUBMITTED_BY_RE = re.compile(r"^\W*Submitted\s+by\b\s*(.*)$", re.I)
DISCLAIMER_RE = re.compile(r"^\s*DISCLAIMER\b", re.I)
SUBMISSION_RE = re.compile(
    r"^(?:Draft\s+)?recommendations?\s+(?:from\s+(?P<from>.+?)\s+)?submitted\s+by\s+(?P<by>.+)\s*"
    r"\((?P<date>[^()]*\d{4})\)\s*[:.]?\s*$", re.I)
GROUP_RE = re.compile(r"^GROUP\s+(?P<letter>[A-Z])\s*:\s*(?P<label>.+?)\s*(?:\((?P<questions>Questions?[^)]*)\))?\s*$", re.I)
UNCATEGORISED_RE = re.compile(r"^Recommendations which could not be categori[sz]ed", re.I)
ANNEX_RE = re.compile(r"^ANNEX\s+\d+\s*:", re.I)
CATEGORY_ITEM_RE = re.compile(r"^(?P<label>.+?)\s*\((?P<questions>Questions?[^)]*)\)\s*[;.]?\s*$", re.I)
PROPOSAL_HEADING_RE = re.compile(r"recommend|proposal", re.I)
NON_PROPOSAL_HEADING_RE = re.compile(
    r"^(?:introduction|background|abstract|table of contents|annex|contents)\b", re.I)
QUOTE_INTRO_RE = re.compile(r"resolution|agenda|declaration|outcome document|A/\d+/\d+|following terms", re.I)
QUESTIONNAIRE_RE = re.compile(r"questionnaire", re.I)
ORIGINAL_NUMBER_RE = re.compile(r"[;,.]?\s*\((\d{1,3})\)\s*$")
FOOTNOTE_SUBMITTER_RE = re.compile(
    r"(?i:submitted)\b.*?\bby\s+(?P<name>(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)"
    r"(?:,\s*(?P<title>.+?))?(?:\s+for\b|\.\s*$|$)", re.S)
SPLIT_NAMES_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s+AND\s+|\s*&\s*)\s*")


@dataclass
class ActorName:
    """An actor as a document names it; linked to the gazetteer later."""

    name: str
    start: int
    end: int


@dataclass
class ParsedItem:
    """A proposal: one item or paragraph of a recommendations section."""

    key: str
    number: str | None
    text: str
    start: int
    end: int
    section: str | None
    original_number: str | None = None
    question: str | None = None  # key of the question it answers
    children: list["ParsedItem"] = field(default_factory=list)


@dataclass
class Submission:
    """Who proposed a set of items, when, under which category."""

    key: str
    submitters: list[ActorName]
    on_behalf_of: list[ActorName] = field(default_factory=list)
    group_label: str | None = None  # a coalition ("a group of ... (A, B and C)")
    group_members: list[ActorName] = field(default_factory=list)
    date: dt.date | None = None
    category: str | None = None  # letter of a rolling-document group
    heading_span: tuple[int, int] | None = None
    items: list[ParsedItem] = field(default_factory=list)


@dataclass
class Question:
    key: str  # "guiding-1", "questionnaire-4"
    number: str
    text: str
    start: int
    end: int
    kind: str  # guiding | questionnaire


@dataclass
class Category:
    letter: str
    label: str
    questions: list[int]
    start: int
    end: int


@dataclass
class TableCell:
    text: str
    start: int
    end: int


@dataclass
class TableRow:
    cells: list[list[TableCell]]  # per column, the entries of the cell
    line: int


@dataclass
class Table:
    header: list[str]
    rows: list[TableRow]


@dataclass
class QuotedProvision:
    """A paragraph of an instrument quoted or cited outside any proposal."""

    instrument_hint: int  # offset of the passage that introduces the quote
    paragraph: int
    sub: str | None
    start: int
    end: int


@dataclass
class ParsedDocument:
    source: SourceFile
    layout: str  # contribution | rolling | unrecognised
    title: str | None = None
    title_span: tuple[int, int] | None = None
    submitters: list[ActorName] = field(default_factory=list)
    on_behalf_of: list[ActorName] = field(default_factory=list)
    date: dt.date | None = None
    subject: str | None = None
    submissions: list[Submission] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    quoted: list[QuotedProvision] = field(default_factory=list)
    chair_message_sender: ActorName | None = None
    warnings: list[str] = field(default_factory=list)
    body_first_line: int = 1

    def body_text(self) -> str:
        """The text after the front matter (cover, title, submitters, disclaimer, e-mail lines):
        what the contributors wrote, which is what tells two renditions of one text apart from
        two texts on the same cover."""
        starts = self.source.line_starts
        return self.source.text[starts[self.body_first_line - 1]:] if self.body_first_line <= len(starts) else ""

    def all_items(self) -> list[ParsedItem]:
        out: list[ParsedItem] = []

        def walk(items: list[ParsedItem]) -> None:
            for item in items:
                out.append(item)
                walk(item.children)

        for sub in self.submissions:
            walk(sub.items)
        return out


def split_names(text: str, offset: int) -> list[ActorName]:
    """Actor names of a list such as "SAUDI ARABIA, RUSSIAN FEDERATION, PAKISTAN AND X".

    >>> [a.name for a in split_names("Brazil, Mexico, Sweden, and United Kingdom", 0)]
    ['Brazil', 'Mexico', 'Sweden', 'United Kingdom']
    """
    names: list[ActorName] = []
    pos = 0
    for part in SPLIT_NAMES_RE.split(text):
        idx = text.find(part, pos)
        name = clean_text(part).strip(" .:;")
        name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
        if name:
            start = offset + idx + part.find(name) if name in part else offset + idx
            names.append(ActorName(name, start, start + len(name)))
        pos = idx + len(part)
    return names


BEHALF_RE = re.compile(r"[\s,]+on\s+behalf\s+of\s+", re.I)
# a represented party named as one body, whose name may contain "and": "the Group of 77 and China"
GROUP_NAME_RE = re.compile(r"\b(?:Group|Union|Coalition|Alliance|Member\s+States|G-?\d+)\b", re.I)


def split_behalf(text: str, offset: int) -> tuple[list[ActorName], list[ActorName]]:
    """Submitters and the parties they represent, from "X on behalf of Y".

    >>> subs, behalf = split_behalf("Government of Brazil, on behalf of the Group of 77 and China", 0)
    >>> [a.name for a in subs], [(a.name, a.start) for a in behalf]
    (['Government of Brazil'], [('Group of 77 and China', 39)])
    >>> [a.name for a in split_behalf("Mexico on behalf of Brazil and Peru", 0)[1]]
    ['Brazil', 'Peru']
    """
    m = BEHALF_RE.search(text)
    if m is None:
        return split_names(text, offset), []
    return split_names(text[:m.start()], offset), represented(text[m.end():], offset + m.end())


def represented(text: str, offset: int) -> list[ActorName]:
    """The parties after "on behalf of": one name when it names a bloc ("the Group of 77 and
    China", "the European Union and its Member States"), else a list of names.

    >>> [a.name for a in represented("the Group of 77 and China", 0)], [a.name for a in represented("Brazil and Peru", 0)]
    (['Group of 77 and China'], ['Brazil', 'Peru'])
    """
    if not GROUP_NAME_RE.search(text):
        return split_names(text, offset)
    name = re.sub(r"^the\s+", "", clean_text(text).strip(" .:;"), flags=re.I)
    start = offset + max(text.find(name), 0)
    return [ActorName(name, start, start + len(name))] if name else []


# ---------------------------------------------------------------- header

def _parse_header(doc: ParsedDocument) -> int:
    """Read title, submitters, From/Date lines; return the first body line."""
    source = doc.source
    lines = source.lines()
    body_first = 1
    disclaimer = next((n for n, _, t in lines if DISCLAIMER_RE.match(t)), None)
    wg_line = next((n for n, _, t in lines[:15]
                    if re.fullmatch(r"\W*Working Group on Enhanced Cooperation\W*", t.strip(), re.I)), None)
    submitted = next(((n, m) for n, _, t in lines[:40] if (m := SUBMITTED_BY_RE.match(t))), None)
    meta_from = None  # where e-mail style "Date:"/"From:" lines may start
    if wg_line is not None:  # the title: the paragraphs between the cover and "Submitted by"
        paras: list[list[tuple[int, int, str]]] = [[]]
        for n, off, text in lines[wg_line:]:
            if SUBMITTED_BY_RE.match(text) or DISCLAIMER_RE.match(text) or META_RE.match(text) or \
                    re.match(r"^\s*(Abstract|Table of Contents)\s*$", text):
                meta_from = n
                break
            if not paras[-1] and classify_line(text)[0] in ("item", "numbered-title", "heading") and "**" not in text \
                    and len(paras) > 1:
                break  # a numbered item or a heading after the title paragraphs: the body has begun
            if text.strip():
                paras[-1].append((off, off + len(text.rstrip()), text))
            elif paras[-1]:
                paras.append([])
        parts = [p for p in paras if p]
        if parts:
            doc.title = ": ".join(t for t in (clean_text(" ".join(x[2] for x in p)) for p in parts) if t)
            doc.title_span = (parts[0][0][0], parts[-1][-1][1])
            body_first = source.line_of(doc.title_span[1] - 1) + 1  # the body follows the title
        else:
            body_first = wg_line + 1
    if submitted is not None:
        n, m = submitted
        off = source.line_starts[n - 1]
        rest = m.group(1).strip(" *")
        if rest:
            block_start = off + source.line_text(n).find(m.group(1))
            block_lines = [(block_start, source.line_text(n)[source.line_text(n).find(m.group(1)):])]
            k = n + 1
            while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
                    and not META_RE.match(lines[k - 1][2]):
                block_lines.append((lines[k - 1][1], lines[k - 1][2]))
                k += 1
        else:
            k = n + 1
            while k <= len(lines) and not lines[k - 1][2].strip():
                k += 1
            block_lines = []
            while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
                    and not META_RE.match(lines[k - 1][2]):
                block_lines.append((lines[k - 1][1], lines[k - 1][2]))
                k += 1
        if block_lines:
            start = block_lines[0][0]
            end = block_lines[-1][0] + len(block_lines[-1][1].rstrip())
            raw = source.text[start:end].replace("*", " ").replace("\n", " ")
            doc.submitters, doc.on_behalf_of = split_behalf(raw, start)
        body_first = max(body_first, k)
    if disclaimer is not None:
        end = disclaimer  # a disclaimer may wrap over several lines: its whole paragraph
        while end < len(lines) and lines[end][2].strip() and \
                classify_line(lines[end][2])[0] not in ("meta", "item", "heading"):
            end += 1
        body_first = max(body_first, end + 1)
    # e-mail style metadata anywhere in the front matter (after the title, around the
    # disclaimer) and right after it; the body starts after the last such line
    k = meta_from if meta_from is not None else body_first
    while k <= len(lines):
        text = lines[k - 1][2]
        kind = classify_line(text)[0]
        if kind != "meta":
            if kind != "blank" and k >= body_first:
                break
            k += 1
            continue
        m = re.match(r"^\s*(\w[\w .]*?)\s*:\s*(.*)$", text)
        assert m is not None
        field_name, value = m.group(1).lower(), m.group(2).strip()
        value_start = lines[k - 1][1] + text.find(value) if value else lines[k - 1][1]
        if field_name == "from" and not doc.submitters and value:
            doc.submitters, doc.on_behalf_of = split_behalf(re.sub(r"<[^>]*>", "", value), value_start)
        elif field_name == "date" and value:
            doc.date = parse_date(value)
            if doc.date is None:
                doc.warnings.append(f"{source.name}:{k}: date {value!r} not understood")
        elif field_name == "subject":
            doc.subject = value
        k += 1
        body_first = max(body_first, k)
    if not doc.submitters and doc.title and doc.title_span:
        _submitters_from_title(doc)
    return body_first


# "Contribution of X to ...", "Submission from X on ...", "Comments by X": the title names the submitter
TITLE_BY_RE = re.compile(
    r"^(?:Joint\s+)?(?:Contributions?|Submissions?|Inputs?|Comments|Responses?|Views|Statements?)"
    r"\s+(?:of|from|by)\s+(?P<who>(?!draft\b|the\s+(?:draft|working|WGEC)\b).+?)"
    r"(?=\s+(?:to\s+the|to\s+(?:WGEC|CSTD)|on\s+(?:the|enhanced|Internet)|for\s+the\s+(?:\w+\s+)?(?:meeting|session|WGEC)|"
    r"regarding|concerning|in\s+response|in\s+preparation)\b|\s*[:;]|$)", re.I)


def _submitters_from_title(doc: ParsedDocument) -> None:
    """With no "Submitted by" or "From:" line, a title such as "Contribution of the Republic of
    Korea to the WGEC" still says who submitted the document (said in a warning)."""
    m = TITLE_BY_RE.match(doc.title or "")
    if m is None:
        return
    who = m.group("who")
    start, end = doc.title_span  # type: ignore[misc]
    at = doc.source.text.find(who, start, end)
    doc.submitters = represented(who, at if at >= 0 else start)
    if doc.submitters:
        doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(start)}: no 'Submitted by' line; "
                            f"submitters read from the title: {', '.join(a.name for a in doc.submitters)}")


# ---------------------------------------------------------------- body

def _unique(key: str, seen: dict[str, int]) -> str:
    n = seen.get(key, 0) + 1
    seen[key] = n
    return key if n == 1 else f"{key}-{n}"


def _to_items(blocks: list[Block], source: SourceFile, section: str | None, prefix: str,
              question: str | None, seen: dict[str, int]) -> list[ParsedItem]:
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
        key = _unique(local if block.marker == "dec" and block.number else f"{prefix}{local}", seen)
        item = ParsedItem(key=key, number=block.number, text=text, start=block.start, end=block.end,
                          section=section, original_number=original, question=question)
        item.children = _to_items(block.children, source, section, f"{key}.", question, seen)
        items.append(item)
    return items


def _free_paragraphs_into_items(roots: list[Block], source: SourceFile) -> list[Block]:
    """A plain paragraph after a numbered item belongs to that item (e.g. a second sentence block)."""
    out: list[Block] = []
    for block in roots:
        if block.kind == "para" and out and out[-1].kind == "item" and out[-1].marker == "dec" \
                and not block.children:
            out[-1].end = block.end
            continue
        out.append(block)
    return out


def heading_level(line: str) -> int:
    """Depth of a heading: '#' count, 1 for roman numerals, 1 + dots for '2.1 Title', else 9.

    >>> heading_level("## Recommendations"), heading_level("III Proposals"), heading_level("2.1 Scope")
    (2, 1, 3)
    """
    line = line.strip().lstrip("*_ ")
    if line.startswith("#"):
        return len(line) - len(line.lstrip("#"))
    if re.match(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?\s", line):
        return 1
    m = re.match(r"^(\d+(?:\.\d+)*)", line)
    if m:
        return 2 + m.group(1).count(".")
    return 9


def _section_is_proposal(heading: str, inherited: bool) -> bool:
    if NON_PROPOSAL_HEADING_RE.match(heading):
        return False
    if PROPOSAL_HEADING_RE.search(heading):
        return True
    return inherited


def _parse_tables(blocks: list[Block], source: SourceFile) -> list[Table]:
    tables: list[Table] = []
    current: Table | None = None
    last_line = -10
    for block in blocks:
        if block.kind != "table":
            if block.kind not in ("heading",) and current is not None and block.line - last_line > 2:
                current = None
            continue
        line_text = source.line_text(block.line)
        line_off = source.line_starts[block.line - 1]
        raw_cells = line_text.split("\t")
        cells: list[list[TableCell]] = []
        pos = 0
        for raw in raw_cells:
            cell_off = line_off + line_text.index(raw, pos) if raw else line_off + pos
            pos = (cell_off - line_off) + len(raw)
            cells.append(_cell_entries(raw, cell_off))
        if current is None or block.line - last_line > 3:
            current = Table(header=[clean_text(c) for c in raw_cells], rows=[])
            tables.append(current)
        else:
            current.rows.append(TableRow(cells, block.line))
        last_line = block.line
    return tables


def _cell_entries(raw: str, offset: int) -> list[TableCell]:
    """Entries of a table cell: '•' list items, else comma-separated names."""
    entries: list[TableCell] = []
    if "•" in raw:
        pieces = [(m.start(), m.group(0)) for m in re.finditer(r"[^•]+", raw)]
        pieces = [(s, p) for s, p in pieces if "<ul" not in p or clean_text(TAG_RE.sub("", p))]
        for start, piece in pieces:
            piece_clean = TAG_RE.sub("", piece)
            text = clean_text(piece_clean).strip(" ,;")
            if not text:
                continue
            inner = piece.find(text[:10]) if text[:10] in piece else 0
            entries.append(TableCell(text, offset + start + inner, offset + start + inner + len(text)))
        return entries
    for m in re.finditer(r"[^,;]+", raw):
        text = clean_text(m.group(0)).strip(" .")
        if text:
            inner = m.group(0).find(text)
            entries.append(TableCell(text, offset + m.start() + max(inner, 0),
                                     offset + m.start() + max(inner, 0) + len(text)))
    return entries


def parse_document(source: SourceFile) -> ParsedDocument:
    """Parse one corpus file; never raises on odd layout, warns instead."""
    doc = ParsedDocument(source=source, layout="unrecognised")
    body_first = _parse_header(doc)
    doc.body_first_line = body_first
    blocks = split_blocks(source, body_first)
    doc.tables = _parse_tables(blocks, source)
    is_rolling = any(b.kind == "heading" and GROUP_RE.match(b.text(source)) for b in blocks) and \
        any(SUBMISSION_RE.match(b.text(source)) for b in blocks if b.kind == "item")
    _parse_categories(doc, blocks)
    _parse_questionnaire(doc, blocks)
    _parse_quotes(doc, blocks)
    if is_rolling:
        doc.layout = "rolling"
        _parse_rolling(doc, blocks)
    elif doc.submitters:
        doc.layout = "contribution"
        _parse_contribution(doc, blocks)
    else:
        what = "no 'Submitted by' or 'From:' line" if doc.title else "no UN CSTD cover (title, 'Submitted by')"
        doc.warnings.append(
            f"{source.name}: layout not recognised ({what}); kept as a document with its mentions "
            f"and citations, no proposals extracted")
    _parse_chair_message(doc, blocks)
    return doc


def _parse_contribution(doc: ParsedDocument, blocks: list[Block]) -> None:
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
    if not any(b.kind == "heading" and _section_is_proposal(b.text(source), False) for b in blocks) \
            and not has_questions:
        in_proposals = True  # no sections at all: every item is a proposal

    headings: list[tuple[int, bool]] = []  # (level, flag its sub-sections inherit)

    def flush() -> None:
        nonlocal segment
        if segment and in_proposals:
            roots = _free_paragraphs_into_items(nest(segment), source)
            prefix = f"q{question.split('-')[-1]}-" if question else f"{_slug(' '.join((section or 'p').split()[:3]))}-"
            sub.items.extend(_to_items(roots, source, section, prefix, question, seen))
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
            in_proposals = _section_is_proposal(text, inherited)
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


def _parse_rolling(doc: ParsedDocument, blocks: list[Block]) -> None:
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
            prefix = f"{_slug(' '.join(subsection.split()[:3]))}-" if subsection else ""
            current.items.extend(_to_items(roots, source, subsection or section, prefix, None, item_keys))
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
    base = f"{(category or 'uncategorized').lower()}/{_slug(submitters[0].name if submitters else 'unknown')}"
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


def _parse_categories(doc: ParsedDocument, blocks: list[Block]) -> None:
    source = doc.source
    found: dict[str, Category] = {}
    in_list = False
    for block in blocks:
        text = block.text(source)
        gm = GROUP_RE.match(text) if block.kind == "heading" else None
        if gm and gm.group("questions"):
            letter = gm.group("letter").upper()
            found.setdefault(letter, Category(letter, gm.group("label").strip(), _numbers(gm.group("questions")),
                                              block.start, block.end))
            continue
        if block.kind == "item" and block.marker == "alpha" and block.number and len(block.number) == 1:
            cm = CATEGORY_ITEM_RE.match(text)
            if cm and (in_list or block.number.lower() == "a"):
                in_list = True
                letter = block.number.upper()
                found.setdefault(letter, Category(letter, cm.group("label").strip(), _numbers(cm.group("questions")),
                                                  block.start, block.end))
                continue
        in_list = False
    doc.categories = [found[k] for k in sorted(found)]


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _parse_questionnaire(doc: ParsedDocument, blocks: list[Block]) -> None:
    source = doc.source
    active = False
    for block in blocks:
        text = block.text(source)
        if block.kind == "heading":
            opens = bool(QUESTIONNAIRE_RE.search(text)) and bool(ANNEX_RE.match(text) or text.lower().startswith("questionnaire"))
            if opens or ANNEX_RE.match(text) or GROUP_RE.match(text) or heading_level(text) < 9:
                active = opens
            continue
        if active and block.kind == "item" and block.marker == "dec" and block.number and block.number.isdigit():
            doc.questions.append(Question(f"questionnaire-{block.number}", block.number, text,
                                          block.start, block.end, "questionnaire"))


def _parse_quotes(doc: ParsedDocument, blocks: list[Block]) -> None:
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


def _parse_chair_message(doc: ParsedDocument, blocks: list[Block]) -> None:
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


def _slug(text: str) -> str:
    text = re.sub(r"^(?:the|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", clean_text(text).lower()).strip("-") or "x"

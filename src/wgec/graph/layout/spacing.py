"""A document whose every line is a block of its own, read with its lines grouped again.

A Word file whose author leaves the spacing to the paragraph style, or a web page with a ``<p>`` a line,
reaches the layout with a blank line between every two lines.  The corpus texts write an e-mail's header,
an address, the names under a closing or a question's label over the question as consecutive lines of one
block, and the layout reads them so.  In such a *line-per-paragraph* document (:func:`line_per_paragraph`)
a blank between two lines of one kind is read as a line break (:func:`regrouped`): header fields
("From:", "Subject:"), short name and address lines in the front matter or under a closing, a question's
or a recommendation's label and the line under it.  The view has the text's length and offsets: the
first of the two newlines becomes a space, so every quote read from the original text stays exact.
"""
from __future__ import annotations

import re
from dataclasses import replace

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.datelines import PAGE_NUMBER_RE, date_line
from wgec.graph.layout.headings import LABEL_ONLY_RE, QUESTION_LABEL_RE
from wgec.graph.layout.letters import CLOSING_RE, SALUTATION_RE
from wgec.graph.layout.lines import classify_line
from wgec.graph.layout.model import ParsedDocument

MIN_BLOCKS = 8  # fewer blocks tell nothing about how the author spaces them
MAX_JOINED = 0.05  # the share of lines that may follow another directly (a list's items, a table's rows)
NAME_MAX_WORDS = 8  # a name, a position or an address line
NAME_MAX_CHARS = 80
NAME_MAX_LOWER = 3  # words in lower case a name may have ("Centre for Internet and Society"); a title has more
PROSE_WORDS = 15  # a line this long that ends a sentence is the text itself: the front matter is over
#: "From: ...", "Subject: ...", "Date of submission: ...", "Tel: ...": a label of a few words, then its value
FIELD_SHAPE_RE = re.compile(r"^[\s*_]*+[A-Z][A-Za-z'’-]*+(?:[ \t][A-Za-z'’-]++){0,2}[*_]*+[ \t]*+:[*_]*+(?:[ \t]|$)")
SENTENCE_END = tuple(".:;?!")
#: the little words of a Spanish or French name or position, which an English one has fewer of ("Ministro de
#: Tecnologías de la Información y las Comunicaciones", "Ministère des Postes et des Télécommunications")
PARTICLES = frozenset("de del la las los el y e et du des le les".split())
#: a line with a year dates something ("Fifth meeting, Geneva, 29-31 January 2018"): no name line
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def line_per_paragraph(lines: list[tuple[int, int, str]]) -> bool:
    """Whether almost every line stands alone between blank lines: a blank then tells nothing.

    >>> line_per_paragraph([(n, 0, "" if n % 2 == 0 else f"Line {n}.") for n in range(1, 30)])
    True
    >>> line_per_paragraph([(n, 0, "" if n % 3 == 0 else f"Line {n}.") for n in range(1, 30)])
    False
    """
    full = joined = 0
    previous = False
    for _, _, text in lines:
        filled = bool(text.strip())
        if filled:
            full += 1
            joined += previous and classify_line(text)[0] not in ("item", "numbered-title", "table")
        previous = filled
    return full - joined >= MIN_BLOCKS and joined <= MAX_JOINED * full


def regrouped(source: SourceFile) -> SourceFile:
    """``source`` with the blanks between lines that belong together read as line breaks (same length,
    same offsets); ``source`` itself when it is not a line-per-paragraph document."""
    lines = source.lines()
    if not line_per_paragraph(lines):
        return source
    soft = soft_breaks(lines)
    if not soft:
        return source
    chars = list(source.text)
    for offset in soft:
        chars[offset] = " "
    view = SourceFile.from_text(source.name, "".join(chars), source.path, media_type=source.media_type)
    pages = tuple(view.line_of(source.line_starts[p - 1]) for p in source.page_starts if p <= len(lines))
    return replace(view, sha256=source.sha256, page_starts=pages, file_sha256=source.file_sha256,
                   source_url=source.source_url)


def back_to(doc: ParsedDocument, source: SourceFile) -> None:
    """Give ``doc``, parsed from a regrouped view, its own ``source`` back: its offsets hold as they are,
    its line numbers (the body's first and last, a table's rows', those in the warnings) are the source's."""
    view = doc.source

    def line(n: int) -> int:
        return source.line_of(view.line_starts[n - 1]) if 0 < n <= len(view.line_starts) else n

    doc.source = source
    doc.body_first_line = line(doc.body_first_line)
    doc.body_last_line = None if doc.body_last_line is None else line(doc.body_last_line)
    for row in (row for table in doc.tables for row in table.rows):
        row.line = line(row.line)
    prefix = re.escape(source.name)
    doc.warnings = [re.sub(f"^({prefix}):(\\d+):", lambda m: f"{m.group(1)}:{line(int(m.group(2)))}:", w)
                    for w in doc.warnings]


def soft_breaks(lines: list[tuple[int, int, str]]) -> list[int]:
    """Offsets of the newlines ending a line that belongs with the next one a blank line below.

    >>> text = ["From: A", "", "To: B", "", "Dear B,", "", "We write to ask you a question about the long text.",
    ...         "", "Yours sincerely,", "", "Ann Lee", "", "Chair, ABC"]
    >>> starts = [sum(len(t) + 1 for t in text[:i]) for i in range(len(text))]
    >>> [text[[s + len(t) for s, t in zip(starts, text)].index(o)] for o in
    ...  soft_breaks([(i + 1, s, t) for i, (s, t) in enumerate(zip(starts, text))])]
    ['From: A', 'Ann Lee']
    """
    out: list[int] = []
    zone = _Zone()
    tail = _signature_from(lines)
    for i in range(len(lines) - 2):
        _, offset, text = lines[i]
        zone.tail = i >= tail
        after, below = lines[i + 1][2], lines[i + 2][2]
        if not text.strip() or not zone.read(text):
            continue
        if after.strip() or not below.strip():
            zone.closed = zone.closed and not _prose(text)
            zone.run = zone.title = False
            continue
        if _together(text, below, zone):
            out.append(offset + len(text))
        else:
            zone.closed = zone.closed and _name(text)
            zone.run = zone.title = False
    return out


class _Zone:
    """Where a line stands: in the front matter (before the first sentence or the salutation), under a
    closing, in an address or by-line the lines above began, in a title running over the first lines, or
    among the name lines that end the text."""

    def __init__(self) -> None:
        self.front, self.closed, self.run, self.tail, self.title = True, False, False, False, False
        self.seen = 0  # lines read

    def read(self, text: str) -> bool:
        """Take in a line; False for a closing (it stands apart from the names under it)."""
        self.seen += 1
        stripped = text.strip()
        if _prose(text) or SALUTATION_RE.match(stripped):
            self.front = False
        if CLOSING_RE.match(stripped):
            self.closed = True
            return False
        return True


def _together(text: str, below: str, zone: _Zone) -> bool:
    """Whether ``below`` goes on with ``text``: two fields, a label and what it labels, two short name lines
    under a closing, a page's number and the running title under it ("Page 2 of 4" / "AUC contribution to
    the WGEC"), the lines of a title that runs over the first lines (the second carries on in lower case:
    "Contribution of the Republic of X" / "to the Working Group" / "Guiding questions"), or in the front
    matter an address or a by-line (a name line, then lines of names the first of which names a place or an
    affiliation after a comma: "Chair, Working Group", "Palais des Nations, Geneva")."""
    if _field(text):
        return _field(below) and not _prose(text) and not _prose(below)
    if _label(text):
        return not (_label(below) or _field(below))
    if _page_number(text):
        return _title_line(below)
    if zone.title or zone.seen == 1 and below.lstrip()[:1].islower():
        zone.title = _title_line(text) and _title_line(below)
        return zone.title
    if not (_name(text) and _name(below)):
        return False
    if zone.front and not zone.closed:
        zone.run = zone.run or "," in below
        return zone.run
    return zone.closed or zone.tail


def _signature_from(lines: list[tuple[int, int, str]]) -> int:
    """The index of the first line of the name lines that end the text, maybe with a date line among them
    (a signature with no closing over it: "Elena Vasquez" / "Programme Specialist" / "Paris, 30 November
    2016"); past the end when there are not two of them."""
    first, names = len(lines), 0
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i][2]
        if text.strip() and not _name(text) and date_line(text.strip()) is None:
            break
        names += _name(text)
        first = i if text.strip() else first
    return first if names >= 2 else len(lines)


def _field(text: str) -> bool:
    return FIELD_SHAPE_RE.match(text) is not None


def _label(text: str) -> bool:
    return QUESTION_LABEL_RE.match(text) is not None or LABEL_ONLY_RE.match(text) is not None


def _prose(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) >= PROSE_WORDS and stripped.endswith(SENTENCE_END)


def _page_number(text: str) -> bool:
    """ "Page 2 of 4", "Page 3", "2 / 4" (not a bare number: an item's or a heading's, maybe)."""
    stripped = text.strip()
    return not stripped.isdigit() and PAGE_NUMBER_RE.fullmatch(stripped) is not None


def _title_line(text: str) -> bool:
    """A line of a title: a few words, no sentence, field, year, item or salutation."""
    stripped = text.strip()
    return len(stripped.split()) < PROSE_WORDS and not stripped.endswith(SENTENCE_END) and not _field(text) \
        and YEAR_RE.search(stripped) is None and classify_line(text)[0] == "para" and not SALUTATION_RE.match(stripped)


def _name(text: str) -> bool:
    """A short line that is no sentence, field, item, closing or salutation and names no year: a name, a
    position, an address line (a few names in a row: "Research Fellow, Institute for Digital Policy Studies,
    University of Cape Town").

    >>> _name("Research Fellow, Institute for Digital Policy Studies, University of Cape Town")
    True
    >>> _name("Enhanced cooperation and the role of governments in the Internet economy today")
    False
    """
    stripped = text.strip()
    words = [w for w in stripped.split() if w not in PARTICLES]  # "Ministro de Tecnologías de la Información y ..."
    longest = max(len([w for w in part.split() if w not in PARTICLES]) for part in stripped.split(","))
    return stripped[:1].isalnum() and len(stripped) <= NAME_MAX_CHARS and longest <= NAME_MAX_WORDS \
        and not stripped.endswith(SENTENCE_END) and not _field(text) and YEAR_RE.search(stripped) is None \
        and classify_line(text)[0] == "para" and not SALUTATION_RE.match(stripped) \
        and not CLOSING_RE.match(stripped) and sum(w[:1].islower() for w in words) <= NAME_MAX_LOWER

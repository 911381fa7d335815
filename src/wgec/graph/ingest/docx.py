"""Word (.docx) documents to text (python-docx opens the package; the XML is read here).

Each paragraph becomes a line (a blank line between paragraphs, as in the corpus
texts); a list paragraph gets the number or bullet Word would show (rebuilt from
``numbering.xml`` by :mod:`wgec.graph.ingest.numbering`) and two spaces of indent per
level; a heading style gives Markdown ``#`` marks, and bold runs that open a paragraph ``**bold**`` (a label
or a lead-in: :func:`bold_lead`); a table row gives its cells
separated by tabs, but a table that lays out the page (the UN's header) gives each line of a
cell its own line.  Struck-through runs and tracked deletions are written
``~~like this~~`` (an amendment to the parser), tracked insertions ``<ins>like this</ins>``;
text moved away (``w:moveFrom``) is struck where it stood and written where it went
(``w:moveTo``), so the parser records the move (:mod:`wgec.graph.layout.amendments`).
Pages are known only when Word recorded them (rendered or hard page breaks).
Footnotes and endnotes (their own parts of the package, which python-docx does not read)
are numbered in the order the text refers to them: the reference becomes superscript
digits where it stands ("Tunis Agenda.¹") and the note a line "¹ its text" after the body,
as in the corpus texts, so citations and a speaker's title in a note are read like theirs.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wgec.errors import DocumentReadError
from wgec.graph.ingest.docx_header import page_header_lines
from wgec.graph.ingest.markup import SUPERSCRIPT_DIGITS
from wgec.graph.ingest.numbering import BULLET, Numbering, W
from wgec.graph.ingest.text import Extracted, strike_markup

MAX_UNPACKED = 256 * 2**20  # bytes a Word package may unpack to (a long submission with images: a few MB)
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OFF = ("0", "false", "off", "none")
_HEADING_RE = re.compile(r"^(?:heading\s*(\d)|title)$", re.I)
_SUPERSCRIPT = str.maketrans("1234567890", SUPERSCRIPT_DIGITS)
_NOTE_REF = "\x00note:"  # a footnote or endnote reference among a paragraph's pieces, until numbered
_NOTE_PARTS = {"footnotes": "footnote", "endnotes": "endnote"}  # relationship type ending -> element
_CONTAINERS = {f"{W}{t}" for t in ("ins", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple",
                                   "customXml", "dir", "bdo", "moveTo")}


@dataclass(frozen=True)
class Style:
    name: str
    num_id: str | None
    ilvl: int | None
    based_on: str | None


@dataclass
class _State:
    numbering: Numbering
    styles: dict[str, Style]
    page: int = 1
    paged: bool = False
    lines: list[str] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=lambda: [1])
    notes: dict[str, Any] = field(default_factory=dict)  # "footnote:3" -> its w:footnote element
    cited: list[str] = field(default_factory=list)  # notes in the order the text refers to them
    empty_separates: bool = False  # the author parts blocks with empty paragraphs (see uses_empty_paragraphs)

    def note_number(self, key: str) -> str:
        """The number a note is shown with: its place among the notes referred to so far."""
        if key not in self.cited:
            self.cited.append(key)
        return str(self.cited.index(key) + 1).translate(_SUPERSCRIPT)

    def emit(self, text: str, blank_after: bool = True) -> None:
        for line in text.split("\n"):
            self.lines.append(line.rstrip())
        if blank_after:
            self.lines.append("")

    def new_page(self) -> None:
        self.paged = True
        self.page += 1
        self.page_starts.append(len(self.lines) + 1)


def _styles(root: Any) -> dict[str, Style]:
    styles = {}
    for style in root.iter(f"{W}style") if root is not None else ():
        num_pr = style.find(f"{W}pPr/{W}numPr")
        num_id = ilvl = None
        if num_pr is not None:
            num_id = _attr(num_pr.find(f"{W}numId"))
            level = _attr(num_pr.find(f"{W}ilvl"))
            ilvl = int(level) if level and level.isdigit() else None
        name = _attr(style.find(f"{W}name")) or ""
        styles[style.get(f"{W}styleId", "")] = Style(name, num_id, ilvl, _attr(style.find(f"{W}basedOn")))
    return styles


def _attr(element: Any, name: str = "val") -> str | None:
    return element.get(f"{W}{name}") if element is not None else None


def _style_chain(styles: dict[str, Style], style_id: str | None) -> Iterator[Style]:
    seen: set[str] = set()
    while style_id and style_id in styles and style_id not in seen and len(seen) < 20:
        seen.add(style_id)
        yield styles[style_id]
        style_id = styles[style_id].based_on


def _list_position(p: Any, state: _State) -> tuple[str, int] | None:
    """(numId, level) of a paragraph: its own numPr, else its style's."""
    style_id = _attr(p.find(f"{W}pPr/{W}pStyle"))
    num_pr = p.find(f"{W}pPr/{W}numPr")
    num_id = _attr(num_pr.find(f"{W}numId")) if num_pr is not None else None
    level = _attr(num_pr.find(f"{W}ilvl")) if num_pr is not None else None
    for style in _style_chain(state.styles, style_id):
        num_id = num_id or style.num_id
        level = level if level is not None else (str(style.ilvl) if style.ilvl is not None else None)
    if not num_id or num_id == "0":
        return None
    return num_id, int(level) if level and level.isdigit() else 0


def _heading_level(p: Any, state: _State) -> int:
    for style in _style_chain(state.styles, _attr(p.find(f"{W}pPr/{W}pStyle"))):
        m = _HEADING_RE.match(style.name.strip())
        if m:
            return int(m.group(1)) if m.group(1) else 1
    return 0


def _struck(run: Any) -> bool:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    for tag in ("strike", "dstrike"):
        flag = rpr.find(f"{W}{tag}")
        if flag is not None and (_attr(flag) or "true").lower() not in _OFF:
            return True
    return False


def _flag(run: Any, tag: str) -> bool:
    flag = run.find(f"{W}rPr/{W}{tag}")
    return flag is not None and (_attr(flag) or "true").lower() not in _OFF


def bold_lead(p: Any) -> str:
    """The text a paragraph's first runs set in bold, up to the first run with text in another face: a
    heading, a question label or a lead-in ("Strengthen the IGF." before the sentence it labels), written
    ``**like this**`` as the text and HTML readers have it; bold inside a sentence is emphasis, left as is."""
    lead = []
    for run in p.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if not text.strip():
            lead.append(text)
        elif _flag(run, "b") and not _struck(run):
            lead.append(text)
        else:
            break
    return " ".join("".join(lead).split())


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(run: Any) -> bool:
    """A run set in superscript: a note's number typed by hand ("... development.¹"), not Word's own note."""
    align = run.find(f"{W}rPr/{W}vertAlign")
    return align is not None and _attr(align) == "superscript"


def _run_pieces(run: Any, deleted: bool) -> Iterator[tuple[str, bool]]:
    """(text, struck) pieces of one run; a page break is the piece ("\\f", False)."""
    struck = deleted or _struck(run)
    for child in run:
        tag = child.tag
        if tag in (f"{W}t", f"{W}delText"):
            text = child.text or ""
            yield (text.translate(_SUPERSCRIPT) if text.isdigit() and _superscript(run) else text), struck
        elif tag == f"{W}tab":
            yield "\t", struck
        elif tag == f"{W}br" and _attr(child, "type") == "page" or tag == f"{W}lastRenderedPageBreak":
            yield "\f", False
        elif tag in (f"{W}br", f"{W}cr"):
            yield "\n", False
        elif tag == f"{W}noBreakHyphen":
            yield "-", struck
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            yield f"{_NOTE_REF}{tag[len(W):-len('Reference')]}:{_attr(child, 'id')}", False


def _pieces(element: Any, deleted: bool = False) -> Iterator[tuple[str, bool]]:
    for child in element:
        if child.tag == f"{W}r":
            yield from _run_pieces(child, deleted)
        elif child.tag in (f"{W}del", f"{W}moveFrom"):  # deleted, or moved away: struck where it stood
            yield from _pieces(child, True)
        elif child.tag == f"{W}ins" and not deleted:  # a tracked insertion: marked, an amendment
            yield from _inserted(list(_pieces(child, deleted)))
        elif child.tag in _CONTAINERS:
            yield from _pieces(child, deleted)


def _inserted(inner: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The pieces of a tracked insertion within ``<ins>``...``</ins>``, blanks at its edges outside."""
    if not any(t.strip() for t, _ in inner):
        return inner
    (first, s1), (last, s2) = inner[0], inner[-1]
    lead, trail = first[: len(first) - len(first.lstrip())], last[len(last.rstrip()):]
    inner = [(first.lstrip(), s1), *inner[1:]] if len(inner) > 1 else [(first.strip(), s1)]
    if len(inner) > 1:
        inner[-1] = (last.rstrip(), s2)
    return [(lead, False), ("<ins>", False), *inner, ("</ins>", False), (trail, False)]


def _paragraph_text(p: Any, state: _State) -> tuple[str, int, int]:
    """(text, page breaks before the text, page breaks after it starts) of a paragraph."""
    pieces = list(_pieces(p))
    first = next((i for i, (t, _) in enumerate(pieces) if t.strip() and t != "\f"), len(pieces))
    before = sum(1 for t, _ in pieces[:first] if t == "\f")
    after = sum(1 for t, _ in pieces[first:] if t == "\f")
    pieces = [(state.note_number(t[len(_NOTE_REF):]) if t.startswith(_NOTE_REF) else t, s)
              for t, s in pieces if t != "\f"]
    flag = p.find(f"{W}pPr/{W}pageBreakBefore")
    if flag is not None and (_attr(flag) or "true").lower() not in _OFF:
        before = max(before, 1)
    text = strike_markup(pieces).strip(" ")
    if (lead := bold_lead(p)) and text.startswith(lead):
        text = f"**{lead}**{text[len(lead):]}"
    return text, before, after


def _paragraph(p: Any, state: _State) -> None:
    text, before, after = _paragraph_text(p, state)
    for _ in range(before):
        state.new_page()
    position = _list_position(p, state)
    if text.strip() or position is not None:
        prefix = ""
        if position is not None:
            marker = state.numbering.marker(*position)
            prefix = "  " * position[1] + (f"{marker} " if marker else "")
        elif (level := _heading_level(p, state)) and text.strip():
            prefix = "#" * min(level, 6) + " "
        if text.strip():
            state.emit(prefix + text, blank_after=not state.empty_separates)
    elif state.empty_separates and state.lines and state.lines[-1]:
        state.lines.append("")  # the author's empty paragraph: the end of a block
    for _ in range(after):
        state.new_page()


def _cell_lines(cell: Any, state: _State) -> list[str]:
    """A cell's paragraphs and the lines Word breaks them into, each with its list marker."""
    lines = []
    for p in cell.iter(f"{W}p"):
        text, _, _ = _paragraph_text(p, state)
        position = _list_position(p, state)
        marker = state.numbering.marker(*position) if position else None
        marker = "•" if marker == BULLET else marker  # the corpus's bullet inside a table cell
        text = f"{marker} {text}" if marker and text else text
        lines += [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return lines


def _table(tbl: Any, state: _State) -> None:
    """A table of data gives a line a row, its cells separated by tabs (a cell's paragraphs joined);
    a table that lays out the page (the UN's header of symbol, "Distr.: General" and date, at the
    top, or a single row whose cells stack several lines) gives each line of each cell its own line."""
    rows = [[_cell_lines(tc, state) for tc in tr.findall(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
    at_top = not any(line.strip() for line in state.lines)
    if at_top or len(rows) == 1 and any(len(cell) > 1 for cell in rows[0]):
        for cell in (cell for row in rows for cell in row if cell):
            state.emit("\n".join(cell))
        return
    for row in rows:
        cells = [" ".join(cell) for cell in row]
        if any(cells):
            state.emit("\t".join(cells), blank_after=False)
    state.emit("", blank_after=False)


def uses_empty_paragraphs(body: Any) -> bool:
    """Whether the author parts the text into blocks with empty paragraphs (Enter pressed twice, as many
    ministries type), rather than with the spacing of a style.  Then a paragraph that follows another
    directly is the next line of the same block ("Guiding question 1" over the question it names), as
    in the corpus texts; otherwise every paragraph is a block of its own.  It takes two empty paragraphs,
    and one for every four with text."""
    empty = full = 0
    for p in body.iterchildren(f"{W}p"):
        if any((t.text or "").strip() for t in p.iter(f"{W}t")):
            full += 1
        elif p.find(f"{W}pPr/{W}numPr") is None:
            empty += 1
    return empty >= 2 and empty * 4 >= full


def _body(element: Any, state: _State) -> None:
    for child in element:
        if child.tag == f"{W}p":
            _paragraph(child, state)
        elif child.tag == f"{W}tbl":
            _table(child, state)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            _body(child, state)


def _check_unpacked_size(path: Path, raw: bytes) -> None:
    """A Word file is a zip: one that would unpack past :data:`MAX_UNPACKED` (a zip bomb, or a header
    that lies) is refused before anything is decompressed. zipfile reads no more than a member's declared
    size, so the declared sizes bound the memory used."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise DocumentReadError(path, f"not a readable Word (.docx) file ({exc})") from exc
    if unpacked > MAX_UNPACKED:
        raise DocumentReadError(path, f"the Word file would unpack to {unpacked / 2**20:,.0f} MB, more than the "
                                      f"{MAX_UNPACKED / 2**20:,.0f} MB a document may take: not read")


def _open(path: Path, raw: bytes) -> Any:  # a python-docx Document, imported lazily
    if raw.startswith(OLE_MAGIC):
        raise DocumentReadError(path, "password-protected or old-format (.doc) Word file: not read")
    _check_unpacked_size(path, raw)
    try:
        import docx

        return docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentReadError(path, f"not a readable Word (.docx) file ({exc})") from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        raise DocumentReadError(path, f"not a readable Word (.docx) file ({type(exc).__name__}: {exc})") from exc


def _numbering_root(document: Any) -> Any:
    """The numbering definitions, or None for a document without list numbering (python-docx
    signals a missing numbering part by raising NotImplementedError)."""
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _notes(document: Any) -> dict[str, Any]:
    """The footnotes and endnotes of the package by "footnote:ID" / "endnote:ID" (separators left out)."""
    from docx.oxml import parse_xml

    notes: dict[str, Any] = {}
    for rel in document.part.rels.values():
        kind = _NOTE_PARTS.get(rel.reltype.rsplit("/", 1)[-1])
        if kind is None or rel.is_external:
            continue
        for note in parse_xml(rel.target_part.blob).iter(f"{W}{kind}"):
            if _attr(note, "type") in (None, "normal"):
                notes[f"{kind}:{_attr(note, 'id')}"] = note
    return notes


def _emit_notes(state: _State) -> None:
    """Each note referred to, after the body: "¹ its text" (a note may refer to another: read on)."""
    done = 0
    while done < len(state.cited):
        key = state.cited[done]
        done += 1
        note = state.notes.get(key)
        if note is None:
            continue
        text = " ".join(_paragraph_text(p, state)[0] for p in note.iter(f"{W}p")).strip()
        if text:
            state.emit(f"{state.note_number(key)} {' '.join(text.split())}")


def read_docx(path: Path, raw: bytes) -> Extracted:
    """Text of a Word file, list numbers and struck runs included.

    Raises :class:`DocumentReadError` for a file that is not a readable .docx.
    """
    document = _open(path, raw)
    state = _State(Numbering.from_element(_numbering_root(document)), _styles(document.styles.element))
    state.notes = _notes(document)
    state.empty_separates = uses_empty_paragraphs(document.element.body)
    for line in page_header_lines(document):  # where a Word file often names the organisation writing it
        state.emit(line, blank_after=False)
    state.lines.extend([""] if state.lines else [])
    _body(document.element.body, state)
    _emit_notes(state)
    while state.lines and not state.lines[-1]:
        state.lines.pop()
    text = "\n".join(state.lines) + "\n"
    if not text.strip():
        raise DocumentReadError(path, "Word file has no text")
    starts = tuple(min(s, len(state.lines) or 1) for s in state.page_starts) if state.paged else ()
    return Extracted(text, MEDIA_TYPE, starts)

"""PDF documents to text, each line tied to its page (pypdf, pure Python).

pypdf's layout mode keeps what the parser needs from the page: reading order, blank
lines where the text leaves a vertical gap, and indentation from the left margin.
It was measured against pdfplumber on PDFs made from the bundled texts: the same
word order, about ten times faster (BENCHMARKS.md).  Page furniture (a page number
or a running header repeated at the top or bottom of most pages) is dropped; wide
gaps inside a line (table columns) become tabs, the table convention of the corpus.

An encrypted PDF is opened when its user password is empty (most "protected" UN
PDFs only forbid copying); otherwise, and for a scan without a text layer, the
reader raises :class:`DocumentReadError` naming the reason.
"""
from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wgec.errors import DocumentReadError
from wgec.graph.ingest.grids import unframe
from wgec.graph.ingest.pdf_bold import bold_runs, has_bold_font, mark_bold
from wgec.graph.ingest.text import Extracted

MEDIA_TYPE = "application/pdf"
TAB_GAP = 6  # a run of this many spaces inside a line separates table columns
SENTENCE_END = tuple('.;:!?"”)')
FURNITURE_LINES = 2  # header or footer lines looked at on each page
RUNNING_DIGITS_MAX = 40  # a running line this short may change its digits from page to page
_GAP_RE = re.compile(r"(?<=\S)( {2,})(?=\S)")
_PAGE_NUMBER_RE = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": None,
                            "\x00": None, "\f": None})


def _gap(match: re.Match[str]) -> str:
    return "\t" if len(match.group(1)) >= TAB_GAP else " "


def clean_page(text: str) -> list[str]:
    """One page's lines: ligatures undone, inner gaps made one space (or a tab between
    columns), trailing blanks and runs of blank lines dropped.

    >>> clean_page("  1.  The  Group\\n\\n\\n\\nLevel          Focus\\n")
    ['  1. The Group', '', 'Level\\tFocus']
    """
    lines: list[str] = []
    for raw in text.translate(_LIGATURES).split("\n"):
        line = _GAP_RE.sub(_gap, raw.rstrip())
        if not line.strip():
            if lines and lines[-1]:
                lines.append("")
            continue
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _furniture_key(line: str) -> str:
    """A line as a running header or footer would repeat it: short ones may differ in
    their digits ("Page 3", "A/70/125 - 4"), longer ones must repeat exactly but for a page
    number set apart at their end ("WGEC, third meeting, Geneva, 4 May 2017        3").

    >>> _furniture_key("WGEC, third meeting, Geneva, 4 May 2017        3") == _furniture_key(
    ...     "WGEC, third meeting, Geneva, 4 May 2017        12")
    True
    """
    line = line.strip().lower()
    head, _, tail = line.rpartition(" ")
    if head.endswith(" ") and tail.isdecimal() and len(tail) <= 4:  # told without a regex: linear on any line
        line = head.rstrip()
    return re.sub(r"\d+", "#", line) if len(line) <= RUNNING_DIGITS_MAX else line


def _edges(lines: list[str]) -> list[str]:
    """The first and last lines of a page that hold text (a blank under the page number is no edge)."""
    filled = [line for line in lines if line.strip()]
    return filled[:FURNITURE_LINES] + filled[-FURNITURE_LINES:]


def drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Without page numbers and running headers/footers: among the first and last two
    lines of a page, a page number, or a line that (digits aside, if short) starts or
    ends more than half of 3+ pages.

    >>> drop_furniture([["Report", "a"], ["Report", "b"], ["Report", "c", "3"]])
    [['a'], ['b'], ['c']]
    """
    edges: dict[str, int] = {}
    for lines in pages:
        for key in {_furniture_key(line) for line in _edges(lines) if line}:
            edges[key] = edges.get(key, 0) + 1
    running = {k for k, n in edges.items() if len(pages) >= 3 and n * 2 > len(pages)}

    def furniture(line: str) -> bool:
        return bool(_PAGE_NUMBER_RE.match(line)) or _furniture_key(line) in running

    out = []
    for lines in pages:
        lines = list(lines)
        for _ in range(FURNITURE_LINES):
            while lines and not lines[0]:
                lines.pop(0)
            if lines and furniture(lines[0]):
                lines.pop(0)
            while lines and not lines[-1]:
                lines.pop()
            if lines and furniture(lines[-1]):
                lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        out.append(lines)
    return out


_NOTE_START_RE = re.compile(r"^\s*(\d{1,3})\s+(?=\S)")
_NOTE_REF_RE = re.compile(r"(?<=[^\W\d_]|[.,;:)\]”\"’])(\d{1,3})(?=[\s.,;:)”\"’]|$)")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def mark_footnotes(lines: list[str]) -> list[str]:
    """A page's footnotes, which a PDF sets as plain "1 Tunis Agenda ..." lines under the text,
    written as the corpus texts write them: "¹ Tunis Agenda ..." (one line a note), and the
    reference "Agenda1." as "Agenda¹." — else a note reads as a numbered proposal.  The last
    block of the page (after its last blank line) is taken for notes only if each line that
    starts with a number starts a note the text above refers to (a number glued to a word),
    in increasing order.

    >>> mark_footnotes(["1. Pursue it as in the Tunis Agenda1.", "", "1 Tunis Agenda, paragraph", "69."])
    ['1. Pursue it as in the Tunis Agenda¹.', '', '¹ Tunis Agenda, paragraph 69.']
    >>> mark_footnotes(["Items:", "", "1 The IGF should be funded."])  # no reference: an item
    ['Items:', '', '1 The IGF should be funded.']
    """
    if "" not in lines:
        return lines
    cut = len(lines) - lines[::-1].index("")
    body, block = lines[:cut], lines[cut:]
    starts = [(i, m) for i, line in enumerate(block) if (m := _NOTE_START_RE.match(line))]
    referred = {m.group(1) for line in body for m in _NOTE_REF_RE.finditer(line)}
    numbers = [int(m.group(1)) for _, m in starts]
    if not starts or starts[0][0] != 0 or any(m.group(1) not in referred for _, m in starts) \
            or numbers != sorted(set(numbers)):
        return lines
    notes: list[str] = []
    for line in block:
        m = _NOTE_START_RE.match(line)
        if m:
            notes.append(m.group(1).translate(_SUPERSCRIPT) + " " + line[m.end():].strip())
        else:
            notes[-1] += " " + line.strip()
    noted = {m.group(1) for _, m in starts}
    body = [_NOTE_REF_RE.sub(lambda r: r.group(1).translate(_SUPERSCRIPT) if r.group(1) in noted else r.group(1),
                             line) for line in body]
    return body + notes


def flows_on(last: str, first: str) -> bool:
    """Whether a paragraph runs on from one page to the next: the next page starts in
    lower case, or the last line is a long one without closing punctuation.

    >>> flows_on("the background for efforts aiming at further implementation of the", "Tunis Agenda")
    True
    >>> flows_on("1. Introduction", "The group met."), flows_on("It ended.", "and so on")
    (False, True)
    """
    return first.lstrip()[:1].islower() or (len(last.strip()) >= 60 and not last.rstrip().endswith(SENTENCE_END))


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as one text, a blank line between pages unless a paragraph flows
    on, and the line (from 1) each page starts on.

    >>> join_pages([["a.", "b."], [], ["C"]])
    ('a.\\nb.\\n\\nC\\n', (1, 3, 4))
    >>> join_pages([["• " + "x" * 60], ["Title of the slide", "", "• y"]])[0]  # a title alone opens its page
    '• xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n\\nTitle of the slide\\n\\n• y\\n'
    """
    lines: list[str] = []
    starts: list[int] = []
    for page in pages:
        alone = len(page) > 1 and not page[1].strip() and not page[0].lstrip()[:1].islower()
        if lines and page and (alone or not flows_on(lines[-1], page[0])):  # a page's title alone: no flow
            lines.append("")
        starts.append(len(lines) + 1)
        lines.extend(page)
    return "\n".join(lines) + "\n", tuple(starts)


def _open(path: Path, raw: bytes) -> Any:  # a pypdf PdfReader, imported lazily
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    reader = PdfReader(io.BytesIO(raw))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise DocumentReadError(path, f"encrypted PDF that needs a library to open ({exc})") from exc
        if not opened:
            raise DocumentReadError(path, "encrypted PDF (needs a password): not read")
    return reader


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it repairs in a damaged file; the build report says it once instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _page_texts(path: Path, raw: bytes) -> tuple[list[str], list[list[str]], int]:
    """Layout-mode text of every page, the texts each page sets in bold, and how many pages carry images."""
    try:
        with _quiet_pypdf():
            reader = _open(path, raw)
            texts, bold, with_images = [], [], 0
            for page in reader.pages:
                texts.append(page.extract_text(extraction_mode="layout") or "")
                bold.append(bold_runs(page) if texts[-1].strip() and has_bold_font(page) else [])
                if not texts[-1].strip() and _has_images(page):
                    with_images += 1
    except DocumentReadError:
        raise
    except Exception as exc:  # a damaged PDF makes pypdf raise nearly anything
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DocumentReadError(path, f"not a readable PDF ({reason})") from exc
    return texts, bold, with_images


def _has_images(page: Any) -> bool:  # page: a pypdf PageObject
    try:
        return bool(page.images)
    except Exception:  # an image pypdf cannot decode is still an image
        return True


def read_pdf(path: Path, raw: bytes) -> Extracted:
    """Text of a PDF with the line each page starts on.

    Raises :class:`DocumentReadError` for a damaged or password-protected PDF and for
    one with no text layer (a scan: it needs OCR first).
    """
    texts, bold, with_images = _page_texts(path, raw)
    if not texts:
        raise DocumentReadError(path, "PDF has no pages")
    if not any(t.strip() for t in texts):
        if with_images:
            raise DocumentReadError(path, f"image-only PDF ({with_images} scanned pages, no text layer): "
                                          "run OCR first")
        raise DocumentReadError(path, "PDF has no text")
    pages = [mark_bold(mark_footnotes(lines), runs)
             for lines, runs in zip(drop_furniture([clean_page(t) for t in texts]), bold, strict=True)]
    text, starts = join_pages(pages)
    return Extracted(unframe(text), MEDIA_TYPE, starts)  # a grid table or a box drawn in ASCII

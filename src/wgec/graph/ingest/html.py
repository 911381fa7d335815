"""HTML documents to text (the standard library's ``html.parser``; no network, no scripts).

Block elements become lines, a blank line after each paragraph-like block; ``<li>``
gets its bullet or its number (``<ol type start>``, ``<li value>``) and two spaces of
indent per list level; ``<h1>``-``<h6>`` give Markdown ``#`` marks; table cells are
separated by tabs; ``<s>``, ``<del>``, ``<strike>`` and ``text-decoration: line-through``
are written ``~~like this~~``, ``<ins>`` is kept as written (an insertion), and a ``<b>`` or ``<strong>``
that opens a line ``**like this**`` (a label or a lead-in; bold inside a sentence is emphasis, left
plain).  Scripts, styles and the head are skipped, and so is the site's chrome: ``<nav>``, and a
``<header>`` or ``<footer>`` outside the ``<main>`` or ``<article>`` (a site's menu and copyright, not
the document's; a heading in such a header is kept), and a blog's comments area (an element whose id or class
names comments: its readers' words, not the post's).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from wgec.errors import DocumentReadError
from wgec.graph.ingest.numbering import format_number
from wgec.graph.ingest.text import Extracted, strike_markup

MEDIA_TYPE = "text/html"
BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
          "address", "figure", "figcaption", "pre", "form", "fieldset", "details", "summary", "caption",
          "table", "dl", "dt", "dd", "center", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "body"}
PARAGRAPHS = {"p", "div", "blockquote", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "hr", "address",
              "figure", "section", "article"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track",
        "param", "keygen"}
SKIP = {"script", "style", "head", "noscript", "template", "title", "svg", "math", "object", "iframe"}
CHROME = {"nav", "header", "footer"}
# readers' comments under a blog post ("<section id="comments">", WordPress's "comments-area", "comment-respond")
COMMENTS_RE = re.compile(r"(?:^|[\s_-])(?:comments?|respond)(?:[\s_-]|$)", re.I)
CONTENT = {"main", "article"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
STRIKE = {"s", "del", "strike"}
BOLD = {"b", "strong"}
_LEAD_RE = re.compile(r"\*\*\s*+(.*?)(\s*)\*\*(\s*)")
LINES = {"li", "tr", "ul", "ol"}
CELL = "\ue000"  # a cell boundary until whitespace is collapsed (a private-use character)
MAX_INDENT = 40  # list levels indented; deeper lists are indented no further (the layout keeps 32)
OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_SPACE_RE = re.compile(r"\s+")


@dataclass
class _List:
    ordered: bool
    fmt: str = "decimal"
    next: int = 1


@dataclass
class _Open:
    tag: str
    struck: bool = False
    lead: bool = False  # a <b> or <strong> that opens its line: written **bold**


class _Reader(HTMLParser):
    """Collects lines; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.pieces: list[tuple[str, bool]] = []
        self.prefix = ""
        self.stack: list[_Open] = []
        self.open: Counter[str] = Counter()  # tags on the stack: each test below is O(1), not a scan of it
        self.struck_open = 0  # struck elements on the stack
        self.lists: list[_List] = []
        self.skipping: list[str] = []  # open elements whose text is not the document's
        self.chrome = 0  # open elements of the site's chrome (menus, copyright), not the document's
        self.comments: tuple[str, int] | None = None  # comments or site chrome: its tag, how deep it nests
        self.pre = 0
        self.term_open = False  # a <dt> just closed: its <dd> follows on its line
        self.cells = 0  # cells begun in the current table row
        self.in_cell = 0  # open <td>/<th>: block elements inside stay on the row's line
        self.lead_open: _Open | None = None  # the <b> or <strong> opening the current line, until it closes

    @property
    def struck(self) -> bool:
        return self.struck_open > 0

    def _push(self, element: _Open) -> None:
        self.stack.append(element)
        self.open[element.tag] += 1
        self.struck_open += element.struck

    def _pop(self) -> _Open:
        element = self.stack.pop()
        self.open[element.tag] -= 1
        self.struck_open -= element.struck
        return element

    def _any_open(self, tags: set[str]) -> bool:
        return any(self.open[t] > 0 for t in tags)

    def _pop_to(self, tag: str) -> None:
        """Close ``tag`` and what is left open inside it (a bold lead-in among them ends there)."""
        while self.stack:
            element = self._pop()
            if element.lead:
                self._close_lead()
            if element.tag == tag:
                return

    def _close_lead(self) -> None:
        if self.lead_open is not None:
            self.pieces.append(("**", False))
            self.lead_open.lead, self.lead_open = False, None

    def flush(self, blank: bool = False) -> None:
        self._close_lead()  # a bold lead-in still open at the line's end ends with it
        text = strike_markup(self.pieces)
        text = text if self.pre else _tidy_lead(re.sub(f" ?{CELL} ?", "\t", _SPACE_RE.sub(" ", text).strip()))
        if text.strip():
            self.lines.extend((self.prefix + text).split("\n") if self.pre else [self.prefix + text])
        self.pieces, self.prefix = [], ""
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def _break(self, tag: str, closing: bool) -> None:
        """A block boundary: a new line, or inside a table cell a space (a bullet for an item)."""
        if self.in_cell and tag not in ("td", "th", "tr", "table"):
            self.pieces.append((" • " if tag == "li" and not closing else " ", False))
        elif closing:
            self.flush(blank=tag in PARAGRAPHS or tag in ("ul", "ol") and not self.lists)
        else:
            self.flush(blank=tag in PARAGRAPHS)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skipping.append(tag)
            return
        if tag == "body":  # a <head> left open ends here
            self.skipping = [t for t in self.skipping if t != "head"]
        if self._is_chrome(tag):
            self.chrome += 1
        a = {k: v or "" for k, v in attrs}
        if self.comments is None and (COMMENTS_RE.search(f"{a.get('id', '')} {a.get('class', '')}")
                                      or _site_chrome(tag, a) and not self._any_open(CONTENT)):
            self.comments = (tag, 0)
        if self.comments is not None and self.comments[0] == tag:
            self.comments = (tag, self.comments[1] + 1)
        if tag == "br":
            self._break(tag, closing=False)
            return
        if tag == "dd" and self.term_open:  # a definition list's "<dt>1. Open processes</dt><dd>The WGEC ...":
            self.pieces.append((" – ", False))  # one line, its term a lead phrase before the dash
        elif tag in BLOCKS or tag in LINES:
            self._break(tag, closing=False)
        self.term_open = False
        self._open(tag, a)
        if tag not in VOID:
            struck = tag in STRIKE or "line-through" in a.get("style", "").replace(" ", "")
            lead = tag in BOLD and not self.struck and not self.pre and not self._any_open(HEADINGS) and \
                not any(t.strip() for t, _ in self.pieces)
            element = _Open(tag, struck, lead)
            if lead:
                self.pieces.append(("**", False))
                self.lead_open = element
            self._push(element)

    def _is_chrome(self, tag: str) -> bool:
        return tag == "nav" or tag in CHROME and not self._any_open(CONTENT)

    def _open(self, tag: str, a: dict[str, str]) -> None:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self.in_cell:
            self.prefix = "#" * int(tag[1]) + " "
        elif tag in ("ul", "ol"):
            start = a.get("start", "1")
            self.lists.append(_List(tag == "ol", OL_FORMATS.get(a.get("type", "1"), "decimal"),
                                    _counter(start, 1)))
        elif tag == "li" and not self.in_cell:
            self._item(a)
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.pieces.append((CELL, False))
            self.cells += 1
            self.in_cell += 1
        elif tag == "pre":
            self.pre += 1
        elif tag in ("sup", "ins"):  # a footnote mark; an insertion, kept marked (an amendment)
            self.pieces.append((f"<{tag}>", False))

    def _item(self, attrs: dict[str, str]) -> None:
        current = self.lists[-1] if self.lists else _List(False)
        depth = min(max(len(self.lists) - 1, 0), MAX_INDENT)  # 20,000 unclosed lists: no line of 40,000 spaces
        if current.ordered:
            if attrs.get("value", "").isdigit():
                current.next = _counter(attrs["value"], current.next)
            marker = format_number(current.next, current.fmt) + "."
            current.next += 1
        else:
            marker = "-"
        self.prefix = "  " * depth + marker + " "

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            if tag in self.skipping:
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag)]
            return
        if not self.open[tag]:
            return  # a stray end tag
        self._pop_to(tag)
        if self.comments is not None and self.comments[0] == tag:
            self.comments = (tag, self.comments[1] - 1) if self.comments[1] > 1 else None
        if tag in CHROME and self._is_chrome(tag):
            self.chrome = max(self.chrome - 1, 0)
        if tag in ("sup", "ins"):
            self.pieces.append((f"</{tag}>", False))
        elif tag == "pre":
            self.pre = max(self.pre - 1, 0)
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("td", "th"):
            self.in_cell = max(self.in_cell - 1, 0)
        if tag == "dt":
            self.term_open = True  # its <dd> goes on on its line
        elif tag in BLOCKS or tag in LINES:
            self._break(tag, closing=True)

    def handle_data(self, data: str) -> None:
        if self.chrome and not self._any_open(HEADINGS):
            return
        if not self.skipping and self.comments is None:
            self.pieces.append((data, self.struck))


# the site around a page that a CMS builds of <div>s, not <nav>/<header>: its header, menus, breadcrumb, skip link,
# sidebars and footer (an id or a class word of its own; an article's "entry-header" is the document's)
SITE_CHROME_WORDS = frozenset("header site-header masthead top-bar topbar navbar nav menu main-menu breadcrumb "
                              "breadcrumbs skip-link sidebar site-footer footer cookie-notice language-switcher "
                              "region-header region-footer region-sidebar-first region-sidebar-second".split())


def _site_chrome(tag: str, attrs: dict[str, str]) -> bool:
    """Whether an element is the site's chrome: an <aside>, or an element named so by its id or a class word.

    >>> _site_chrome("div", {"id": "header"}), _site_chrome("div", {"class": "entry-header"}), _site_chrome("aside", {})
    (True, False, True)
    """
    words = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower().split()
    return tag == "aside" or any(word in SITE_CHROME_WORDS for word in words)


def _tidy_lead(text: str) -> str:
    """A bold lead-in's marks hugging its words, and none around no words.

    >>> _tidy_lead("** Strengthen the IGF. ** The WGEC should ..."), _tidy_lead("**** Text"), _tidy_lead("**x**")
    ('**Strengthen the IGF.** The WGEC should ...', 'Text', '**x**')
    """
    m = _LEAD_RE.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    return (f"**{m.group(1)}**" + (" " if (m.group(2) or m.group(3)) and rest else "") if m.group(1) else "") + rest


def _counter(value: str, default: int) -> int:
    """A list's start or an item's number; digits past nine (5,000 of them cannot even be an int) give ``default``.

    >>> _counter("4", 1), _counter("-2", 1), _counter("9" * 5000, 1), _counter("x", 3)
    (4, -2, 1, 3)
    """
    digits = value.strip()
    return int(digits) if digits.lstrip("-").isdigit() and len(digits) <= 10 else default


def decode_html(path: Path, raw: bytes) -> str:
    """The page's characters: its BOM or ``<meta charset>``, else UTF-8, else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, charset = raw[3:], "utf-8"
    else:
        m = _CHARSET_RE.search(raw[:4096])
        charset = m.group(1).decode("ascii", "replace") if m else "utf-8"
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise DocumentReadError(path, "binary file (NUL bytes), not an HTML document")
    return text


def read_html(path: Path, raw: bytes) -> Extracted:
    """Text of an HTML page (see the module docstring)."""
    reader = _Reader()
    reader.feed(decode_html(path, raw))
    reader.close()
    reader.flush()
    lines = reader.lines
    while lines and not lines[-1]:
        lines.pop()
    return Extracted("\n".join(lines) + "\n" if lines else "", MEDIA_TYPE)


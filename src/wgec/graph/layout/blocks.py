"""Lines to blocks: headings, numbered and bulleted items, paragraphs, tables.

A block is one item or paragraph with its continuation lines, located in the
source file.  Items nest: by indentation, by a subordinate marker after a parent
(``1.`` then ``- ...``, ``(1)`` then ``1)``), or by continuing a sibling's
sequence (``vi.`` after ``v.``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from wgec.graph.ingest.markup import SUPERSCRIPT_DIGITS, clean_text
from wgec.graph.ingest.source import SourceFile

#: What a line is, as :func:`classify_line` reads it.
LineKind = Literal["blank", "orignum", "meta", "footnote", "heading", "table", "toc", "item", "numbered-title", "para"]
#: What a block is: a line kind :func:`split_blocks` keeps ("numbered-title" becomes a heading or an item).
BlockKind = Literal["heading", "item", "para", "table", "footnote", "meta", "toc", "orignum"]
#: The class of an item's marker: ``1.`` dec, ``(1)`` paren, ``1)`` rparen, ``a)`` alpha, ``iv.`` roman,
#: ``-`` bullet; "text" for a block without a marker.
Marker = Literal["text", "dec", "paren", "rparen", "alpha", "roman", "bullet"]
Line = tuple[LineKind, Marker, str | None, int, int]

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12}
RANK: dict[Marker, int] = {"text": -1, "dec": 0, "paren": 1, "rparen": 2, "alpha": 3, "roman": 4, "bullet": 5}
MAX_DEPTH = 32  # levels of nested items kept; deeper ones become siblings at this level
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"

BULLET_RE = re.compile(r"^(\s*)(?:([-•*])\s+)?(?:(✓)\s*)?(?:[*_]+(?=\S))?")
DEC_RE = re.compile(
    rf"^(\d{{1,2}}(?:\.\d{{1,2}})*)(?:\.(?!\d))?(?:\s+(bis|ter|tres|quater)\b)?(?:\s+|(?=[A-Z]))(?!{_MONTHS})")
PAREN_RE = re.compile(r"^\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
RPAREN_RE = re.compile(r"^(\d{1,2})\)\s+")
LETTER_RE = re.compile(r"^([a-z]|[ivx]{1,4})[.)]\s+")
HEADING_MD_RE = re.compile(r"^\s*#{1,6}\s+")
HEADING_FIXED_RE = re.compile(
    r"^(?:GROUP\s+[A-Z]\s*:|ANNEX\s+\d+\s*:|Recommendations which could not be categori[sz]ed)", re.I)
HEADING_ROMAN_RE = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?\s+(?=[A-Z])")
# "Question 1:", "Q2.", "Recommendation 3:", "Proposal 4)": a label naming the item's number
LABEL_RE = re.compile(r"^(?:Question|Recommendation|Proposal|Q)\s*(\d{1,2})\s*[:.)]\s+(?=\S)", re.I)
RULE_RE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")
ORIGNUM_RE = re.compile(r"^\s*\((\d{1,3})\)\s*$")
TOC_RE = re.compile(r"(?:\.{4,}|\t)\s*\d{1,3}\s*$")
FOOTNOTE_RE = re.compile(f"^\\s*[{SUPERSCRIPT_DIGITS}]+\\s*\\S")
META_RE = re.compile(r"^\s*(Att\.|To|From|Date|Subject|Sent by|Cc)\s*:\s*(.*)$")
TERMINAL = tuple('.;:!?,"”)')
TITLE_END = tuple(".;:!?,")


@dataclass
class Block:
    """One heading, item, paragraph, table row, footnote or meta line."""

    kind: BlockKind
    start: int  # offset of the first character of the content (marker excluded)
    end: int  # offset just past the last content character
    line: int
    marker: Marker = "text"  # item marker class, see RANK
    number: str | None = None
    indent: int = 0
    children: list[Block] = field(default_factory=list)
    parent: Block | None = field(default=None, repr=False)
    line_start: int = 0  # offset of the first line's first character (marker included)
    original_number: str | None = None  # "(9)" on a line of its own after the item
    opens_list: bool = False  # its text ends with a colon: what follows is its list

    def raw(self, source: SourceFile) -> str:
        return source.text[self.start:self.end]

    def text(self, source: SourceFile) -> str:
        return clean_text(self.raw(source))


def _is_short_title(text: str) -> bool:
    words = clean_text(text).split()
    return 0 < len(words) <= 14 and not clean_text(text).endswith(TITLE_END) and clean_text(text)[:1].isupper()


def classify_line(text: str) -> Line:
    """(kind, marker class, number, indent, content offset) of one line.

    >>> classify_line("2 bis In response to item 69 of the Tunis Agenda, some participants emphasized it.")[:3]
    ('item', 'dec', '2 bis')
    >>> classify_line(" - i. Consult widely")[:4]
    ('item', 'roman', 'i', 1)
    >>> classify_line("- ✓ Transparency:")[:2]
    ('item', 'bullet')
    >>> classify_line("Question 2: What are the relevant public policy issues?")[:3]
    ('item', 'dec', '2')
    """
    return _line_by_shape(text) or _line_by_marker(text)


def _line_by_shape(text: str) -> Line | None:
    """Lines told by their whole shape: blank or a rule, "(9)", meta, footnote, Markdown heading,
    table row, table-of-contents entry; None for any other line."""
    if not text.strip() or RULE_RE.fullmatch(text):
        return ("blank", "text", None, 0, 0)
    if (m := ORIGNUM_RE.match(text)) is not None:
        return ("orignum", "text", m.group(1), 0, 0)
    if META_RE.match(text):
        return ("meta", "text", None, 0, 0)
    lead = len(text) - len(text.lstrip())
    if FOOTNOTE_RE.match(text):
        return ("footnote", "text", None, 0, lead)
    if (m := HEADING_MD_RE.match(text)) is not None:
        return ("heading", "text", None, 0, m.end())
    toc = TOC_RE.search(text) is not None
    if "\t" in text.strip() and not toc:
        return ("table", "text", None, 0, lead)
    if toc and not text.rstrip().endswith((".", ";")):
        return ("toc", "text", None, 0, 0)
    return None


def _line_by_marker(text: str) -> Line:
    """An item (by its bullet, label or number), a numbered title, a heading or a paragraph."""
    bm = BULLET_RE.match(text)
    if bm is None:  # every part of BULLET_RE is optional: it matches every line
        return ("para", "text", None, 0, 0)
    indent, pos = len(bm.group(1)), bm.end()
    rest = text[pos:]
    bulleted = bool(bm.group(2) or bm.group(3))
    if (lm := LABEL_RE.match(rest)) is not None:
        return ("item", "dec", lm.group(1), indent, pos + lm.end())
    if (numbered := _numbering(rest)) is not None:
        marker, number, length = numbered
        if marker == "dec" and not bulleted and indent == 0 and HEADING_ROMAN_RE.match(rest) is None \
                and _is_short_title(rest[length:]):
            return ("numbered-title", marker, number, indent, pos + length)
        return ("item", marker, number, indent, pos + length)
    if bulleted:
        return ("item", "bullet", None, indent, pos)
    if HEADING_FIXED_RE.match(rest) or HEADING_ROMAN_RE.match(rest) and _is_short_title(HEADING_ROMAN_RE.sub("", rest)):
        return ("heading", "text", None, 0, pos)
    return ("para", "text", None, indent, pos)


_NUMBERINGS = (("paren", PAREN_RE), ("rparen", RPAREN_RE), ("letter", LETTER_RE), ("dec", DEC_RE))


def _numbering(rest: str) -> tuple[Marker, str, int] | None:
    """Marker class, number and length of the numbering that starts ``rest``, if any.

    >>> _numbering("(iv) Access"), _numbering("3) Scope"), _numbering("2.1 The scope"), _numbering("b. Then")
    (('roman', 'iv', 5), ('rparen', '3', 3), ('dec', '2.1', 4), ('alpha', 'b', 3))
    """
    for name, regex in _NUMBERINGS:
        m = regex.match(rest)
        if m is None:
            continue
        number = m.group(1)
        if name == "dec":
            return "dec", f"{number} {m.group(2)}" if m.group(2) else number, m.end()
        if name == "rparen":
            return "rparen", number, m.end()
        if name == "paren" and number.isdigit():
            return "paren", number, m.end()
        return ("roman" if number in ROMAN else "alpha"), number, m.end()
    return None


def _successor(prev: Block, marker: Marker, number: str | None) -> bool:
    if prev.marker != marker or number is None or prev.number is None:
        return False
    a, b = prev.number.lower(), number.lower()
    if marker == "roman":
        return ROMAN.get(b, 0) == ROMAN.get(a, -9) + 1
    if marker == "alpha":
        return len(a) == len(b) == 1 and ord(b) == ord(a) + 1
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return False


def split_blocks(source: SourceFile, first_line: int = 1, last_line: int | None = None) -> list[Block]:
    """Flat blocks of lines ``first_line..last_line``, continuation lines joined.

    A plain line continues the previous item or paragraph when it starts in
    lower case or the previous text has no closing punctuation, even across the
    blank lines that page breaks leave.
    """
    lines = source.lines()[first_line - 1:last_line]
    blocks: list[Block] = []
    prev_blank = True
    for idx, (n, offset, text) in enumerate(lines):
        kind, marker, number, indent, content = classify_line(text)
        if kind == "blank":
            prev_blank = True
            continue
        next_blank = idx + 1 >= len(lines) or not lines[idx + 1][2].strip()
        if kind == "numbered-title":
            kind = "heading" if prev_blank and next_blank else "item"
        if kind == "para" and prev_blank and next_blank and _is_short_title(text) and len(text) < 120 \
                and not (blocks and blocks[-1].kind in ("item", "para") and _continues(source, blocks[-1], text)) \
                and not (blocks and blocks[-1].kind == "heading"):  # a short line right under a heading is its text
            kind = "heading"
        end = offset + len(text.rstrip())
        if kind == "para" and blocks and blocks[-1].kind in ("item", "para") and _continues(source, blocks[-1], text):
            blocks[-1].end = end
        elif kind == "orignum" and blocks and blocks[-1].kind == "item":
            blocks[-1].original_number = number
        else:
            blocks.append(Block(kind, offset + content, end, n, marker, number, indent, line_start=offset))
        blocks[-1].opens_list = source.text[blocks[-1].start:blocks[-1].end].rstrip(" *_").endswith(":")
        prev_blank = False
    return blocks


def _continues(source: SourceFile, prev: Block, text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    prev_text = clean_text(source.text[prev.start:prev.end])
    return stripped[0].islower() or not prev_text.endswith(TERMINAL)


def nest(blocks: list[Block]) -> list[Block]:
    """Top-level items and paragraphs with sub-items nested under them."""
    roots: list[Block] = []
    stack: list[Block] = []  # the open items, outermost first
    last: Block | None = None
    for block in blocks:
        if block.kind != "item":  # a paragraph opens a new stack; anything else closes it
            stack.clear()
            roots.append(block)
            stack.extend([block] if block.kind == "para" else [])
            last = block if block.kind == "para" else None
            continue
        _close_items(stack, last, block)
        if len(stack) >= MAX_DEPTH:  # a list nested deeper stays at the deepest level kept
            stack.pop()
        if stack:
            block.parent = stack[-1]
            stack[-1].children.append(block)
        else:
            roots.append(block)
        stack.append(block)
        last = block
    return roots


def _close_items(stack: list[Block], last: Block | None, block: Block) -> None:
    """Pop the items ``block`` does not nest under: a sibling continuing ``last``'s sequence
    ("vi." after a nested "v.") closes ``last``; else it closes each open item it is not deeper than."""
    if last is not None and last.parent is not None and _successor(last, block.marker, block.number):
        _pop_through(stack, last)
    elif last is not None and last.marker == "alpha" and block.marker == "roman" and \
            _successor(last, "alpha", block.number):  # "i." after "h.": a letter, not a roman one
        block.marker = "alpha"
        _pop_through(stack, last)
    else:
        while stack and not _nests_under(block, stack[-1]):
            stack.pop()


def _pop_through(stack: list[Block], last: Block) -> None:
    while stack and stack[-1] is not last:
        stack.pop()
    stack.pop()


def _nests_under(block: Block, top: Block) -> bool:
    """Deeper indent, or the same indent and a subordinate marker (or a paragraph ending in a colon)."""
    if block.indent != top.indent:
        return block.indent > top.indent
    if top.kind == "para":
        return top.opens_list
    return block.marker != top.marker and RANK[block.marker] > RANK[top.marker]

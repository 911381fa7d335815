"""Lines to blocks: headings, numbered and bulleted items, paragraphs, tables.

A block is one item or paragraph with its continuation lines, located in the
source file.  Items nest: by indentation, by a subordinate marker after a parent
(``1.`` then ``- ...``, ``(1)`` then ``1)``), or by continuing a sibling's
sequence (``vi.`` after ``v.``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from wgec.graph.ingest.markup import SUPERSCRIPT_DIGITS, clean_text, drop_note_marks
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.headings import LABEL_ONLY_RE, QUESTION_LABEL_RE
from wgec.graph.layout.lines import (  # noqa: F401  (re-exported: the front-matter readers use them)
    GLYPH_LEVEL,
    META_RE,
    ROMAN,
    LineKind,
    Marker,
    classify,
    classify_line,
    is_short_title,
    numbers_in_brackets,
)

#: What a block is: a line kind :func:`split_blocks` keeps ("numbered-title" becomes a heading or an item).
BlockKind = Literal["heading", "item", "para", "table", "footnote", "meta", "toc", "orignum", "sources"]
RANK: dict[Marker, int] = {"text": -1, "dec": 0, "paren": 1, "rparen": 2, "alpha": 3, "roman": 4, "bullet": 5}
MAX_DEPTH = 32  # levels of nested items kept; deeper ones become siblings at this level
TERMINAL = tuple('.;:!?,"”)')
WRAPPED_LINE = 72  # characters: a line of text this long that ends on a comma was wrapped, its sentence goes on
PDF = "application/pdf"
PAGE_HEAD_LINES = 3  # lines at the top of a PDF page that may carry a running head before the text goes on
_TRAILING_MARKUP = " \t*_✓" + SUPERSCRIPT_DIGITS  # what clean text would not end with
# words an item of a list opens with when it is a noun phrase, not a verb ("the equal role ...")
DETERMINERS = frozenset("the a an all any each every its their our this these those such both some no".split())
_NOUN_ENDINGS = ("s", "ing", "ion", "ity", "ment", "ness", "ance", "ence", "ship", "ism")
LEAD_RE = re.compile(r"[\s*_✓\"“(]*([\w'-]+)")
PROGRESS_EVERY = 20000  # lines between two progress reports of a large document


@dataclass(slots=True)
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
    glyph: str = ""  # the bullet character of a bulleted item ("•", "o", "▪"...)
    lead: str = ""  # the first word of its text, as written
    _cleaned: tuple[int, int, str] | None = field(default=None, repr=False, compare=False)

    def raw(self, source: SourceFile) -> str:
        return source.text[self.start:self.end]

    def text(self, source: SourceFile) -> str:
        """The block's clean text, made once (again only if the block grew)."""
        cached = self._cleaned
        if cached is None or cached[0] != self.start or cached[1] != self.end:
            cached = self._cleaned = (self.start, self.end, clean_text(self.raw(source)))
        return cached[2]


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


def split_blocks(source: SourceFile, first_line: int = 1, last_line: int | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[Block]:
    """Flat blocks of lines ``first_line..last_line``, continuation lines joined.

    A plain line continues the previous item or paragraph when it starts in
    lower case or the previous text has no closing punctuation, even across the
    blank lines that page breaks leave.  ``progress`` hears (lines read, lines) now and then.
    """
    starts, whole = source.line_starts, source.text
    first, stop = first_line - 1, min(len(starts), last_line if last_line is not None else len(starts))
    total = stop - first
    line = _line_reader(starts, whole)  # lines are sliced as they are read, never all held at once
    blocks: list[Block] = []
    prev_blank, notes = True, False  # notes: under a heading "Notes", read as notes until a heading
    brackets = numbers_in_brackets(whole)  # "[4] ..." numbers paragraphs where no "word.[3]" marks a note
    for i in range(first, stop):
        if progress is not None and (i - first) % PROGRESS_EVERY == 0:
            progress(i - first, total)
        text, offset = line(i), starts[i]
        kind, marker, number, indent, content, glyph = classify(text, brackets)
        if kind == "blank":
            prev_blank = True
            continue
        below = line(i + 1) if i + 1 < stop else ""
        kind = _settle_kind(kind, text, prev_blank, below, blocks, source)
        ended = not blocks or whole[max(blocks[-1].start, blocks[-1].end - 2):blocks[-1].end].endswith(TERMINAL)
        if kind == "item" and marker == "dec" and number and "." in number and not ended \
                and text[content:content + 1].islower():
            kind = "para"  # "... the so-called Web" / "2.0 era changed ...": a number a line wrapped, no sub-item
        elif kind == "para" and ended and blocks and (outline := _outline_number(blocks[-1], text)) is not None:
            kind, marker, number, content = "item", "dec", *outline  # "2.1 through fellowships" under "2."
        end = offset + len(text.rstrip())
        if notes and _note(blocks, kind, text, offset, end, i + 1):
            prev_blank = False
            continue
        notes = kind in ("heading", "para") and NOTES_RE.match(text) is not None
        if kind == "para" and blocks and not prev_blank and blocks[-1].kind == "heading" and text.isupper() \
                and source.text[blocks[-1].start:blocks[-1].end].isupper() and not ended:
            blocks[-1].end = end  # a heading in capitals, wrapped: "II. TAKING ... THE TUNIS" / "AGENDA, ...?"
        elif kind == "para" and blocks and (not prev_blank and blocks[-1].kind == "footnote" and not ended or  # its
                                          # 2nd line, or a paragraph's or an item's next one
                                          blocks[-1].kind in ("item", "para") and _continues(source, blocks[-1], text)
                                          and not (prev_blank and source.media_type == PDF
                                                   and not text.lstrip()[:1].islower()
                                                   and not _near_page_start(source, i + 1))):
            blocks[-1].end = end
        elif kind == "orignum" and blocks and blocks[-1].kind == "item":
            blocks[-1].original_number = number
        elif kind == "sources" and blocks and blocks[-1].kind == "item":
            pass  # "Source: Brazil, ICC" under an item: who its wording comes from, not its wording
        else:
            lead = LEAD_RE.match(text, content)
            blocks.append(Block(kind, offset + content, end, i + 1, marker, number, indent, line_start=offset,
                                glyph=glyph, lead=lead.group(1) if lead else ""))
        blocks[-1].opens_list = whole[max(blocks[-1].start, blocks[-1].end - 16):blocks[-1].end] \
            .rstrip(" *_").endswith(":")
        prev_blank = False
    if progress is not None:
        progress(total, total)
    return blocks


#: The name of a part of a document standing alone on its line: a heading even right under another.
SECTION_NAME_RE = re.compile(r"^\W{0,3}(?:introduction|background|recommendations?|proposals|conclusions?|summary|"
                             r"annex(?:es)?|references|contents|table of contents|"
                             r"list\s+of\s+(?:documents|participants)|"
                             r"(?:the\s+)?chair(?:man|person)?['’]s\s+(?:conclusions|summary))\W{0,3}$", re.I)


#: A heading over the notes at the end of a text ("Notes", "Endnotes"): each line there that opens with its
#: number is a note (not an item), a line that does not goes on with the note before it
NOTES_RE = re.compile(r"^\W{0,3}(?:(?:foot|end)?\s*notes|notes\s+and\s+references)\W{0,3}$", re.I)
NOTE_RE = re.compile(f"^\\s*[\\d{SUPERSCRIPT_DIGITS}]{{1,3}}[.)]?\\s+\\S")


OUTLINE_RE = re.compile(r"^[^\S\n]*+(\d{1,2}(?:\.\d{1,2})+)\.?[^\S\n]++(?=\S)")


def _outline_number(prev: Block, text: str) -> tuple[str, int] | None:
    """The number and the text's offset of a line that numbers on from the item before it in outline ("2.1" under
    "2.", "2.2" after "2.1"), whatever word follows: a sub-item, not an amount wrapped onto the line ("2.5 million",
    read so by :func:`lines._numbering` when no such item stands before it).

    >>> prev = Block("item", 0, 9, 1, "dec", "2")
    >>> _outline_number(prev, "2.1 through fellowships;"), _outline_number(prev, "2.5 million people")
    (('2.1', 4), None)
    """
    if prev.kind != "item" or prev.marker != "dec" or prev.number is None or (m := OUTLINE_RE.match(text)) is None:
        return None
    parent, _, last = prev.number.rpartition(".")
    sibling = f"{parent}.{int(last) + 1}" if parent and last.isdigit() else None  # "2.2" after "2.1"
    return (m.group(1), m.end()) if m.group(1) in (f"{prev.number}.1", sibling) else None


def _note(blocks: list[Block], kind: BlockKind, text: str, offset: int, end: int, line: int) -> bool:
    """Take a line under a heading "Notes" as a note, or as going on with the note before it; False for a
    line that ends the notes (a heading)."""
    if (m := NOTE_RE.match(text)) is not None:
        blocks.append(Block("footnote", offset + m.end() - 1, end, line, line_start=offset))
        return True
    if kind != "heading" and blocks and blocks[-1].kind == "footnote":
        blocks[-1].end = end
        return True
    return False


def _line_reader(starts: tuple[int, ...], text: str) -> Callable[[int], str]:
    """Line ``i`` (from 0) of ``text``, without its newline."""
    last = len(starts) - 1

    def line(i: int) -> str:
        return text[starts[i]:starts[i + 1] - 1] if i < last else text[starts[i]:]

    return line


def _settle_kind(kind: LineKind, text: str, prev_blank: bool, below: str, blocks: list[Block],
                 source: SourceFile) -> BlockKind:
    """A numbered title standing alone is a heading (else an item); so is a short capitalised line
    standing alone, unless it continues the text before it (not a bullet's: bullets go without a full stop, and
    a slide's title after them is no part of the last) or stands right under a heading; or set right over its
    paragraph (``below``, the next line), :func:`_heads`."""
    next_blank = not below.strip()
    if kind == "numbered-title":
        return "heading" if prev_blank and next_blank else "item"
    if kind == "sources":  # "Source: Brazil, ICC" under an item (else a line of text)
        return "sources" if blocks and blocks[-1].kind == "item" else "para"
    if kind == "para" and (prev_blank and (LABEL_ONLY_RE.match(text) or OTHER_COMMENTS_RE.match(text))
                           or QUESTION_LABEL_RE.match(text)):
        return "heading"  # "Recommendation 1", "Q1." over its text; a form's last box, "Any other comments:"
    if kind == "para" and prev_blank and next_blank and SECTION_NAME_RE.match(text) and not text.lstrip()[:1].islower():
        return "heading"  # "Introduction", "Recommendations" alone on a line (a PDF loses the heading's font)
    if kind == "para" and prev_blank and next_blank and is_short_title(text) and len(text) < 120 \
            and not (blocks and blocks[-1].kind in ("item", "para") and blocks[-1].marker != "bullet"
                     and _continues(source, blocks[-1], text)) \
            and not (blocks and blocks[-1].kind == "heading") \
            and not (blocks and _asks(source, blocks[-1])):  # a short line under a heading or a question answers it
        return "heading"
    if kind == "para" and prev_blank and not next_blank and _heads(text, below) \
            and not (blocks and blocks[-1].kind in ("item", "para") and _continues(source, blocks[-1], text)):
        return "heading"
    return kind  # type: ignore[return-value]


OTHER_COMMENTS_RE = re.compile(r"^\W*+(?:any\s+)?(?:other|further|additional)\s+(?:comments?|remarks|observations)"
                               r"\W*+$", re.I)
GLUED_HEADING = 60  # characters: a heading with no blank line under it is shorter, and its paragraph's line longer
# a qualified label and a title: "Policy recommendation 1. A living map", "Key proposal 2: Funding"
QUALIFIED_LABEL_RE = re.compile(r"^[\s*_#]*+[A-Za-z]++\s++(?:recommendation|proposal)\s*+\d{1,2}\s*+[:.)–-]\s", re.I)


def _heads(text: str, below: str) -> bool:
    """Whether a short title-like line after a blank is the heading of the paragraph right under it, no blank
    between ("Abstract" / "Four weeks before ..."): the line below is a long line of text, opening in capitals,
    and the short one well under its length.

    >>> _heads("Policy recommendation 1. A living map", "The CSTD should maintain an online map of the "
    ...        "international organisations and forums")
    True
    >>> _heads("Mexico welcomes the draft", "and thanks the Chair for the opportunity to comment on it in writing.")
    False
    >>> _heads("Policy recommendation 1. A living map", "The CSTD should maintain a map of the")
    True
    """
    text, below = text.strip(), below.strip()
    if QUALIFIED_LABEL_RE.match(text) is not None:  # however long the line under it (a narrow page's)
        return below[:1].isupper() and is_short_title(text)
    return len(text) < GLUED_HEADING <= len(below) and len(text) < 0.6 * len(below) and below[:1].isupper() \
        and is_short_title(text)


def _asks(source: SourceFile, block: Block) -> bool:
    """An item that ends in a question mark."""
    return block.kind == "item" and source.text[max(block.start, block.end - 16):block.end] \
        .rstrip(_TRAILING_MARKUP).endswith("?")


def _near_page_start(source: SourceFile, line: int) -> bool:
    """Whether ``line`` is among the first lines of a page: in a PDF only a page break leaves a
    blank inside a paragraph (elsewhere a blank ends it: a heading wrapped over two lines stays apart)."""
    i = bisect.bisect_right(source.page_starts, line)
    return i > 0 and line - source.page_starts[i - 1] <= PAGE_HEAD_LINES


def _continues(source: SourceFile, prev: Block, text: str) -> bool:
    """Whether a plain line continues ``prev``: it starts in lower case, or ``prev`` has no closing
    punctuation (only the end of ``prev`` is read: a long paragraph is not re-read line by line)."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[0].islower():
        return True
    tail = source.text[max(prev.start, prev.end - 160):prev.end].rstrip(_TRAILING_MARKUP)
    if tail.endswith((">", "~")):  # a tag or a strike closes it: read it clean
        tail = clean_text(tail)
    elif tail[-1:].isdigit() or tail.endswith("]"):  # "... of the Working Group.6" or ".[6]": a note's number
        tail = drop_note_marks(tail)
    if tail.endswith(",") and (source.media_type == PDF or len(tail.rsplit("\n", 1)[-1]) >= WRAPPED_LINE and (
            len(stripped) >= WRAPPED_LINE // 2 or stripped.endswith(TERMINAL))):  # not "Page 3 of 4" under it
        return True  # a PDF wraps its lines ("For example,\nWIPO, ITU, ..."), and so does a long line of text
    return not tail.endswith(TERMINAL)


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
    elif (sibling := _open_sibling_bullet(stack, block)) is not None:  # "• b" after "• a:" / "a) ..." / "b) ..."
        _pop_through(stack, sibling)
    else:
        while stack and not _nests_under(block, stack[-1]):
            stack.pop()


def _open_sibling_bullet(stack: list[Block], block: Block) -> Block | None:
    """The open bullet item, under deeper items of another marker, that ``block`` (a bullet of the same glyph and
    indent) follows as its sibling; None when there is none, or the innermost item is a bullet like it."""
    if block.marker != "bullet" or len(stack) < 2 or stack[-1].marker == "bullet" and stack[-1].glyph == block.glyph:
        return None  # under a bullet like it, Word's lost nesting ("- ... based on:" / "- the ..." / "- roles ...")
    return next((s for s in reversed(stack[:-1]) if s.kind == "item" and s.marker == "bullet"
                 and s.glyph == block.glyph and s.indent == block.indent), None)


def _pop_through(stack: list[Block], last: Block) -> None:
    while stack and stack[-1] is not last:
        stack.pop()
    stack.pop()


def _nests_under(block: Block, top: Block) -> bool:
    """Deeper indent; or the same indent and a subordinate marker, a lower-level bullet ("o" under
    "•"), a paragraph ending in a colon, or an item of the same kind ending in a colon whose list
    ``block`` belongs to (:func:`in_sublist`)."""
    if block.indent != top.indent:
        return block.indent > top.indent
    if top.kind == "para":
        return top.opens_list
    if block.marker == top.marker == "bullet" and block.glyph != top.glyph:
        return GLYPH_LEVEL.get(block.glyph, 0) > GLYPH_LEVEL.get(top.glyph, 0)
    if block.marker == top.marker == "dec" and block.number and top.number:  # "1.1" under "1.", not "2." under "1.1"
        return block.number.startswith(f"{top.number}.") or top.opens_list and in_sublist(top.lead, block.lead)
    if top.marker == "bullet" and block.marker != "bullet":  # "a)" under "• ...", "1." under "• ... :"
        return top.opens_list or block.marker in ("alpha", "roman")  # (a bullet ranks deepest)
    if block.marker == top.marker:
        return top.opens_list and top.kind == "item" and in_sublist(top.lead, block.lead)
    return RANK[block.marker] > RANK[top.marker]


def in_sublist(opener: str, lead: str) -> bool:
    """Whether an item opening with ``lead`` belongs to the list of a sibling that ends in a colon
    and opens with ``opener`` (the same marker, the same indent: Word lost the nesting).  It does
    when it starts in lower case and is not a verb phrase parallel to the opener's:

    >>> in_sublist("consider", "the"), in_sublist("consider", "roles"), in_sublist("consider", "define")
    (True, True, False)
    >>> in_sublist("Governments", "Promote"), in_sublist("ensure", "security")
    (False, True)
    """
    if not lead[:1].islower():
        return False
    return not (_verb_like(opener) and _verb_like(lead))


def _verb_like(word: str) -> bool:
    """A word that can open an imperative or infinitive clause ("define", "recommend"), as far as
    its shape tells: lower case, not a determiner, no ending of a plural noun or a noun."""
    w = word.lower()
    return word[:1].islower() and w.isalpha() and w not in DETERMINERS and not w.endswith(_NOUN_ENDINGS)

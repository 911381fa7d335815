"""What one line of a document is: blank, heading, list item (and its marker), paragraph, table row...

Markers of list items in the conventions UN documents use, from Word, PDF and e-mail:
numbered ``1.``, ``1)``, ``(1)``, ``1.2``, ``2 bis``; lettered ``a)``, ``(a)``, ``a.``, ``A.``,
``(B)``; roman ``i.``, ``(iv)``, ``IV.``; labelled ``Question 2:``, ``Recommendation 3.``;
bulleted ``-``, ``•``, ``*``, ``–``, ``o``, ``▪``, ``◦``, ``●``, ``➢``, ``✓``, ``☐`` and the like.
A tab after a marker (Word's list tab) is a blank, not a table cell.
"""
from __future__ import annotations

import re
from typing import Literal

from wgec.graph.ingest.markup import SUPERSCRIPT_DIGITS, clean_text

#: What a line is, as :func:`classify_line` reads it.
LineKind = Literal["blank", "orignum", "sources", "meta", "footnote", "heading", "table", "toc", "item",
                   "numbered-title", "para"]
#: The class of an item's marker: ``1.`` dec, ``(1)`` paren, ``1)`` rparen, ``a)`` alpha, ``iv.`` roman,
#: ``-`` bullet; "text" for a block without a marker.
Marker = Literal["text", "dec", "paren", "rparen", "alpha", "roman", "bullet"]
Line = tuple[LineKind, Marker, str | None, int, int]

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}
# a day's date is no number: "15 March 2017", "15 Mar. 2017", "15.III.2017"
_MONTHS = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
           r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?\s*\d{4}\b|[IVX]{1,4}\.\d{4}\b)")
#: bullet glyphs by list level, as Word's default bullets go (•, then o, then ▪)
GLYPH_LEVEL = {"o": 1, "◦": 1, "○": 1, "▪": 2, "■": 2, "▫": 2}
_GLYPHS = "-•*–—▪■▫◦●○►▸➢➤→·❖✔⁃☐☑☒□"  # (ballot boxes, empty or ticked: a checklist's bullets)

_TIGHT = "•▪■●◦○►▸➢➤❖✔⁃☐☑☒□"  # glyphs that are bullets even with no blank after them (PDF text: "•Text")
BULLET_RE = re.compile(rf"^(\s*)(?:([{_TIGHT}])\s*|([{_GLYPHS}]|o(?=\s))\s+)?(?:(✓)\s*)?(?:[*_]+(?=\S))?")
# a label with no stop that Word's tab parts from its text: "Q1<tab>What ...?", "Recommendation 2<tab>The IGF ..."
_BARE_LABEL = r"(?i:(?:Guiding\s+)?(?:Question|Q\.?)\s?\d{1,2}[a-z]?|(?:Recommendation|Proposal)\s?\d{1,2})"
MARKER_TAB_RE = re.compile(rf"^(\s*(?:[{_GLYPHS}✓o]|\(?\w{{1,4}}[.)]|\d{{1,2}}(?:\.\d{{1,2}})+\.?|{_BARE_LABEL})) *\t")
# a marker in bold, as Word-to-Markdown converters write it: "**1.** The IGF ..."
BOLD_MARKER_RE = re.compile(r"^(\s*)\*\*(\(?\w{1,4}[.)]|\d{1,2}(?:\.\d{1,2})*\.?|"
                            r"(?:Guiding\s)?(?:Question|Recommendation|Proposal)\s?\d{1,2}[:.)])\*\*(?=\s)", re.I)
DEC_RE = re.compile(
    rf"^(\d{{1,2}}(?:\.\d{{1,2}})*)(?:\.(?!\d))?(?:\s+(bis|ter|tres|quater)\b)?(?:\s+|(?=[A-Z]))(?!{_MONTHS})")
PAREN_RE = re.compile(r"^\((\d{1,2}|[a-zA-Z]|[ivx]{1,4}|[IVX]{1,4})\)\s+")
RPAREN_RE = re.compile(r"^(\d{1,2})\)\s+")
PILCROW_RE = re.compile(r"^¶[^\S\n]*+(\d{1,3})\.?[^\S\n]++(?=\S)")  # a paragraph mark: "¶ 3   The WGEC should ..."
# a number and a hyphen, as texts translated from Arabic number their lists: "1- Establishing a mechanism ..."
DASH_RE = re.compile(r"^(\d{1,2})[-–][^\S\n]++(?=[^\W\d])")
# a paragraph number in square brackets, as some governments number theirs: "[4] Poland proposes ..." (read so only in
# a text that marks no notes "word.[3]": there "[3] See ..." lines are its notes, :func:`classify`'s ``brackets``)
BRACKET_RE = re.compile(r"^\[(\d{1,3})\][^\S\n]++(?=[A-Z(\"“])")
# a note's number in square brackets inside a line, after a word: "... open.[1]", "... in opposing ways [4]."
INLINE_BRACKET_NOTE_RE = re.compile(r"\S[^\S\n]?\[\d{1,3}\]")
LETTER_RE = re.compile(r"^([a-z]|[ivx]{1,4})[.)]\s+|^([A-HJ-UWYZ])[.)]\s+(?=\S)|^([IVX]{1,4})\)\s+")
HEADING_MD_RE = re.compile(r"^\s*#{1,6}[^\S\t]+(?=[^\t]*$)")  # not a table's "#" column: "  # \t Proposal \t ..."
HEADING_FIXED_RE = re.compile(
    r"^(?:GROUP\s+[A-Z]\s*:|ANNEX\s+\d+\s*:|Recommendations which could not be categori[sz]ed)", re.I)
HEADING_ROMAN_RE = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?\s+(?=[A-Z])")
# "IV. The Group should ...", "II. encourage ..." too, not a name's initial "I. da Silva"
ROMAN_ITEM_RE = re.compile(r"^((?:I|II|III|IV|V|VI|VII|VIII|IX|X))\.\s+(?=[A-Z]|(?!(?:da|de|di|do|dos|das|del|della|"
                           r"van|von|der|den|la|le|du|el|al|bin|ibn)\b)[a-z])")
# an ordinal word that numbers a paragraph, as translations from Spanish do ("Primero." -> "First. The ...")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ORDINAL_ITEM_RE = re.compile(rf"^((?:{'|'.join(o.capitalize() for o in ORDINALS)})(?:ly)?|"
                             rf"(?:{'|'.join(o.upper() for o in ORDINALS)})(?:LY)?)[.:]\s+(?=[A-Z])")  # not "first."
# "Question 1:", "Q2.", "Q.2", "Recommendation 3:", "Proposal 4)", "R1.": a label naming the item's number; a question's
# part too: "Question 1 (a):", "Q2b." (number "1a", "2b")
LABEL_RE = re.compile(
    r"^(?:(?:(?:Guiding\s+)?Question|Q\.?)\s*(?P<q>\d{1,2})(?:\s*\((?P<part>[a-z])\)|(?P<tail>[a-z])(?=\s*[:.)]))?|"
    r"(?:Recommendation|Proposal|R(?=\d))\s*(?P<n>\d{1,2}))(?:\s*(?:[:.)]|[–-](?=\s))|(?<=Q\.\d)|(?<=Q\.\d\d)|"
    r"(?<=\bR\d)(?=\s+(?-i:[A-Z]))|(?<=\bR\d\d)(?=\s+(?-i:[A-Z])))\s+(?=\S)",  # "R1  Before any ..."
    re.I)  # "Q.1 What ...?" too
# the same labels with no stop, when a tab followed them (:func:`classify`)
TABBED_LABEL_RE = re.compile(r"^(?:(?:(?:Guiding\s+)?Question|Q\.?)\s?(?P<q>\d{1,2})(?P<tail>[a-z])?(?P<part>)|"
                             r"(?:Recommendation|Proposal)\s?(?P<n>\d{1,2}))\s+(?=\S)", re.I)
RULE_RE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")
DASHED_PAGE_RE = re.compile(r"\s*[-–—•]\s*\d{1,3}\s*[-–—]\s*")  # (a PDF reads its "-" as a bullet)
ORIGNUM_RE = re.compile(r"^\s*\((\d{1,3})\)\s*$")
# who an item's wording comes from, after it: "(Brazil, ICC)", "Source: Kenya; APC" (items.py, and a line of its own)
_SOURCE_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|de|\([^()]{1,40}\)))*"
SOURCE_NAMES = rf"(?:{_SOURCE_NAME})(?:\s*[,;]\s*(?:and\s+)?{_SOURCE_NAME})*"
# (not a compilation's "Contributor: X", which opens a contributor's block)
SOURCE_LABEL = r"(?i:Sources?|Proposed\s+by|Based\s+on\s+inputs?\s+(?:from|by))\s*:?\s*"
SOURCE_LINE_RE = re.compile(rf"^\W{{0,3}}(?:{SOURCE_LABEL}){SOURCE_NAMES}[\s*_.\])]*$")
FOOTNOTE_RE = re.compile(f"^\\s*[{SUPERSCRIPT_DIGITS}]+\\s*\\S")
META_RE = re.compile(r"^\s*(Att\.|To|From|Date|Subject|Sent by|Sent|Cc|Bcc)\s*:\s*(.*)$")
TITLE_END = tuple(".;:!?,")
# words a title does not end with: a line ending so goes on in the next ("... delivered through")
RECOMMENDS_RE = re.compile(r"\b(?:should|must|shall)\s+(?:be\s+|also\s+|not\s+|continue\s+to\s+)?\w+")
OPEN_END_WORDS = frozenset("the of to and or a an that which with in on by for from through at as is are be "
                           "should must shall will would can could may".split())


# a sentence, then a note in brackets or more words after it: "The IGF should be funded. (Kenya, ICC)", "... funded.
# Proposed by: Egypt" is no title
SENTENCE_THEN_NOTE_RE = re.compile(r"[.;!?]\s+[(\[]|[a-z]{3}[.;!?]\s+[A-Z]")


# a question set wholly in italics or bold on a line of its own, unnumbered, over its answer: "*What are ...?*"
EMPHASISED_QUESTION_RE = re.compile(r"^[^\S\n]*+([*_]{1,2})(?=[^\s*_])[^\n]*?\?[\"”’]?\1[^\S\n]*+$")


def is_emphasised_question(text: str) -> bool:
    """A line that is one question in italics or bold (a response's question repeated, unnumbered).

    >>> is_emphasised_question("*What are the high level characteristics of enhanced cooperation?*")
    True
    >>> is_emphasised_question("*Ministry of Science, ICT and Future Planning*"), is_emphasised_question("Why? *No*")
    (False, False)
    """
    return text[-1:] in "*_ " and "?" in text and EMPHASISED_QUESTION_RE.match(text) is not None


def ends_with_page_number(text: str) -> bool:
    """A table-of-contents entry's end: dot leaders or a tab, then a page number of one to three digits.
    Read from the end of the line, so a hostile line of ten thousand dots or tabs costs one pass (a
    regex searched for it from every position: quadratic, a minute for 20,000 tabs).

    >>> tab = chr(9)  # (a doctest expands tabs)
    >>> [ends_with_page_number(t) for t in ("Introduction ........ 3", f"Scope{tab}12 ", "Total 1234", "Section 3")]
    [True, True, False, False]
    """
    body = text.rstrip()
    number = len(body) - len(body.rstrip("0123456789"))
    if not 1 <= number <= 3 or body[-number - 1:-number].isdecimal():
        return False
    before = body[:-number]
    leader = before.rstrip()
    return leader.endswith("....") or "\t" in before[len(leader):]


# a heading that is a short clause ending on its verb: "Who we are", "What we do", "Where we stand"
WH_TITLE_RE = re.compile(r"^(?:Who|What|Where|How|Why)\s+(?:we|they|it|I)\s+(?:are|is|am|do|does|can|could|should|must|"
                         r"will|would)$")


def is_short_title(text: str) -> bool:
    """A few words, capitalised, with no closing punctuation: a title or heading (not a sentence
    with a note in brackets after it: "Fund the IGF. (Kenya)").

    >>> is_short_title("Roles of Various Stakeholders"), is_short_title("Fund the IGF.")
    (True, False)
    >>> is_short_title("Capacity building should be delivered through"), is_short_title("The basis of en-")
    (False, False)
    >>> is_short_title("The WGEC should update the mapping prepared in 2014.3"), is_short_title("How it should work")
    (False, True)
    >>> is_short_title("Who we are"), is_short_title("The participation of all stakeholders should")
    (True, False)
    """
    cleaned = clean_text(text)
    words = cleaned.split()
    if len(words) >= 6 and RECOMMENDS_RE.search(cleaned):  # "The WGEC should update the mapping of 2014.3": a
        return False  # sentence whose full stop a note number hides, not a heading
    open_end = words[-1].lower() in OPEN_END_WORDS and not WH_TITLE_RE.match(cleaned) if words else False
    return 0 < len(words) <= 14 and not cleaned.endswith(TITLE_END) and cleaned[:1].isupper() \
        and not cleaned.endswith("-") and not open_end \
        and not SENTENCE_THEN_NOTE_RE.search(cleaned)  # "... basis of en-": it goes on; "Fund it. (Kenya)"


def classify_line(text: str) -> Line:
    """(kind, marker class, number, indent, content offset) of one line.

    >>> classify_line("2 bis In response to item 69 of the Tunis Agenda, some participants emphasized it.")[:3]
    ('item', 'dec', '2 bis')
    >>> classify_line(" - i. Consult widely")[:4]
    ('item', 'roman', 'i', 1)
    >>> classify_line("- ✓ Transparency:")[:2], classify_line("☐ Fund it."), classify_line("☑The IGF met.")[:2]
    (('item', 'bullet'), ('item', 'bullet', None, 0, 2), ('item', 'bullet'))
    >>> classify_line("Question 2: What are the relevant public policy issues?")[:3]
    ('item', 'dec', '2')
    >>> classify_line("**Guiding question 1:** What are they?")[:3], classify_line("**Question 2:** Who?")[:3]
    (('item', 'dec', '1'), ('item', 'dec', '2'))
    >>> classify_line("Question 1 (b): Which have been achieved?")[:3], classify_line("Q3a. Who acts?")[2]
    (('item', 'dec', '1b'), '3a')
    >>> [classify_line(t)[:3] for t in ("•\\tFund the IGF.", "o Fund the IGF.", "(B) Fund it.", "1)\\tFund it.")]
    [('item', 'bullet', None), ('item', 'bullet', None), ('item', 'alpha', 'B'), ('item', 'rparen', '1')]
    >>> tab = chr(9)  # (a doctest expands tabs)
    >>> classify_line(f"{tab}{tab}2.2.1{tab}training of officials;")[:3], classify_line("2.5 million people")[:1]
    (('item', 'dec', '2.2.1'), ('para',))
    """
    kind, marker, number, indent, content, _ = classify(text)
    return kind, marker, number, indent, content


def numbers_in_brackets(text: str) -> bool:
    """Whether "[4] ..." opening a line of ``text`` numbers a paragraph: no note is marked "[3]" inside a line
    (then "[3] See ..." lines are the notes or references).

    >>> numbers_in_brackets("[1] Poland welcomes it.\\n[2] Poland proposes:"), numbers_in_brackets("It is open.[1]")
    (True, False)
    """
    return INLINE_BRACKET_NOTE_RE.search(text) is None


def classify(text: str, brackets: bool = False) -> tuple[LineKind, Marker, str | None, int, int, str]:
    """:func:`classify_line` and the bullet glyph of an item ("" for none); ``brackets``: "[4] ..." numbers a
    paragraph (the text marks no notes so).

    >>> classify("[4] Poland proposes:")[:3], classify("[4] Poland proposes:", brackets=True)[:3]
    (('para', 'text', None), ('item', 'dec', '4'))
    """
    m = MARKER_TAB_RE.match(text) if "\t" in text else None
    tabbed = m is not None
    if m is not None:  # Word's tab after a list marker
        text = text[: m.end() - 1] + " " + text[m.end():]
    if "**" in text[:12] and (m := BOLD_MARKER_RE.match(text)) is not None:  # "**1.** ...": the same length
        text = f"{m.group(1)}{m.group(2)}    {text[m.end():]}"
    shaped = _line_by_shape(text)
    if shaped is not None:
        return (*shaped, "")
    return _line_by_marker(text, tabbed, brackets)


def _line_by_shape(text: str) -> Line | None:
    """Lines told by their whole shape: blank or a rule, "(9)", meta, footnote, Markdown heading,
    table row, table-of-contents entry; None for any other line."""
    stripped = text.lstrip()
    first = stripped[:1]  # each shape is tried only when its first character allows it: most lines are text
    if not first or first in "-*_" and RULE_RE.fullmatch(text) or first in "-–—•" and DASHED_PAGE_RE.fullmatch(text):
        return ("blank", "text", None, 0, 0)  # a rule, or a page's number "- 2 -" left in the text
    if first == "(" and (m := ORIGNUM_RE.match(text)) is not None:
        return ("orignum", "text", m.group(1), 0, 0)
    if first in "SsPpCcBb[(" and SOURCE_LINE_RE.match(text) is not None and ":" in text:
        return ("sources", "text", None, 0, 0)  # "Source: Brazil, ICC" under an item
    if ":" in text[:16] and META_RE.match(text):
        return ("meta", "text", None, 0, 0)
    lead = len(text) - len(stripped)
    if first in SUPERSCRIPT_DIGITS and FOOTNOTE_RE.match(text):
        return ("footnote", "text", None, 0, lead)
    if first == "#" and (m := HEADING_MD_RE.match(text)) is not None:
        return ("heading", "text", None, 0, m.end())
    toc = ("...." in text or "\t" in text) and ends_with_page_number(text)
    if "\t" in text.strip() and not toc:
        return ("table", "text", None, 0, lead)
    if toc and not text.rstrip().endswith((".", ";")):
        return ("toc", "text", None, 0, 0)
    return None


def _line_by_marker(text: str, tabbed: bool = False,
                    brackets: bool = False) -> tuple[LineKind, Marker, str | None, int, int, str]:
    """An item (by its bullet, label or number), a numbered title, a heading or a paragraph
    (``tabbed``: a tab followed the marker, as Word's lists write it; ``brackets``: as :func:`classify`)."""
    bm = BULLET_RE.match(text)
    if bm is None:  # every part of BULLET_RE is optional: it matches every line
        return ("para", "text", None, 0, 0, "")
    indent, pos = len(bm.group(1)), bm.end()
    rest = text[pos:]
    glyph = bm.group(2) or bm.group(3) or bm.group(4) or ""
    if rest[:1] in "QRPGqrpg" and ((lm := LABEL_RE.match(rest)) is not None
                                   or tabbed and (lm := TABBED_LABEL_RE.match(rest)) is not None):
        # "Recommendation 2: Mapping of issues" alone on its line titles the paragraph under it
        titled = rest[:1] in "RPrp" and not glyph and is_short_title(rest[lm.end():])
        number = lm.group("n") or lm.group("q") + (lm.group("part") or lm.group("tail") or "").lower()
        return ("numbered-title" if titled else "item", "dec", number, indent, pos + lm.end(), glyph)
    if (numbered := _numbering(rest, tabbed, brackets)) is not None:
        marker, number, length = numbered
        if marker in ("dec", "alpha") and not glyph and indent == 0 and HEADING_ROMAN_RE.match(rest) is None \
                and is_short_title(rest[length:]) and (marker == "dec" or number.isupper()):
            return ("numbered-title", marker, number, indent, pos + length, glyph)
        return ("item", marker, number, indent, pos + length, glyph)
    if glyph:
        return ("item", "bullet", None, indent, pos, glyph)
    head = rest[:1]
    if head in "GARgar" and HEADING_FIXED_RE.match(rest) or head in "IVX" and HEADING_ROMAN_RE.match(rest) \
            and is_short_title(HEADING_ROMAN_RE.sub("", rest)):
        return ("heading", "text", None, 0, pos, "")
    if head in "FSTENfsten" and (om := ORDINAL_ITEM_RE.match(rest)) is not None:  # "First. The Working Group ..."
        titled = is_short_title(rest[om.end():])  # "Firstly: Introduction" heads a section
        number = str(ORDINALS.index(om.group(1).lower().removesuffix("ly")) + 1)
        return ("numbered-title" if titled else "item", "dec", number, indent, pos + om.end(), "")
    if head in "IVX" and (rm := ROMAN_ITEM_RE.match(rest)) is not None:  # "IV. The Group should ...": an item
        return ("item", "roman", rm.group(1), indent, pos + rm.end(), "")
    return ("para", "text", None, indent, pos, "")


_NUMBERINGS = (("paren", PAREN_RE), ("rparen", RPAREN_RE), ("letter", LETTER_RE), ("dec", DEC_RE),
               ("pilcrow", PILCROW_RE), ("dash", DASH_RE))


def _numbering(rest: str, tabbed: bool = False, brackets: bool = False) -> tuple[Marker, str, int] | None:
    """Marker class, number and length of the numbering that starts ``rest``, if any (``tabbed``:
    a tab followed it, so a number before a word in lower case is still a marker: Word's "2.2.1<tab>training";
    so is a number of three levels, as PDF text leaves it without the tab).

    >>> _numbering("(iv) Access"), _numbering("3) Scope"), _numbering("2.1 The scope"), _numbering("b. Then")
    (('roman', 'iv', 5), ('rparen', '3', 3), ('dec', '2.1', 4), ('alpha', 'b', 3))
    >>> _numbering("(C) Access"), _numbering("D. Access"), _numbering("II) Access")
    (('alpha', 'C', 4), ('alpha', 'D', 3), ('roman', 'II', 4))
    >>> _numbering("67 through 75;"), _numbering("2 bis In response"), _numbering("3. the scope")
    (None, ('dec', '2 bis', 6), ('dec', '3', 3))
    >>> _numbering("2.2.1 training"), _numbering("2.5 million people")
    (('dec', '2.2.1', 6), None)
    >>> _numbering("¶ 12   AFRINIC recommends"), _numbering("¶3 the text"), _numbering("¶ Note")
    (('dec', '12', 7), ('dec', '3', 3), None)
    >>> _numbering("1- Establishing a mechanism"), _numbering("10- 12 May"), _numbering("3-5 May")
    (('dec', '1', 3), None, None)
    >>> _numbering("[4] Poland proposes", brackets=True), _numbering("[4] Poland proposes")
    (('dec', '4', 4), None)
    """
    head = rest[:1]
    if head == "[":
        m = BRACKET_RE.match(rest) if brackets else None
        return None if m is None else ("dec", m.group(1), m.end())
    if not (head in "(¶" or head.isdigit() or head.isalpha() and ("." in rest[1:6] or ")" in rest[1:6])):
        return None  # no numbering starts otherwise
    for name, regex in _NUMBERINGS:
        m = regex.match(rest)
        if m is None:
            continue
        number = next(g for g in m.groups() if g is not None)
        if name == "dec":
            if not m.group(2) and rest[m.end():m.end() + 1].islower() and rest[len(number):len(number) + 1] != "." \
                    and not tabbed and number.count(".") < 2 \
                    and not (number.count(".") == 1 and _opens_clause(rest[m.end():])):
                return None  # "67 through 75;", "2.5 million": a number wrapped onto the next line, not a marker
            return "dec", f"{number} {m.group(2)}" if m.group(2) else number, m.end()
        if name in ("rparen", "pilcrow", "dash"):  # a paragraph mark or "1-" numbers as "1." does
            return ("rparen" if name == "rparen" else "dec"), number, m.end()
        if name == "paren" and number.isdigit():
            return "paren", number, m.end()
        return ("roman" if number.lower() in ROMAN else "alpha"), number, m.end()
    return None


# words after an amount, not after a list's number: "2.5 million people", "1.5 times", "3.2 per cent"
_AMOUNT_WORDS = frozenset("million billion trillion thousand hundred per percent times and or to of in from through "
                          "until bis ter".split())


def _opens_clause(rest: str) -> bool:
    """Whether the words after a two-level number ("1.1 map the issues ...") open a clause of a sub-item, a verb
    in lower case under its parent's lead-in, rather than go on after an amount ("2.5 million people").

    >>> _opens_clause("map the issues;"), _opens_clause("address gaps"), _opens_clause("million people")
    (True, True, False)
    >>> _opens_clause("years of work"), _opens_clause("per cent")
    (False, False)
    """
    word = rest.split(maxsplit=1)[0].rstrip(",;:.") if rest.strip() else ""
    return word.isalpha() and word.islower() and word not in _AMOUNT_WORDS \
        and not (word.endswith("s") and not word.endswith(("ss", "us")))


WRAPPED_LINE = 50  # characters: a line at least this long that stops mid-sentence was wrapped, not ended


def continues_sentence(above: str, text: str) -> bool:
    """Whether ``text``, a line starting "by ...", is the rest of the sentence of the line ``above`` that
    a PDF or a narrow page wrapped ("... the Working Group established" / "by the CSTD in accordance
    with resolution 70/125."), not a by-line: ``above`` is long and stops mid-sentence. A by-line stands
    under a title, a blank line or a line that ends its sentence.

    >>> continues_sentence("Tunisia welcomes the opportunity to contribute to the Working Group established",
    ...                    "by the CSTD in accordance with General Assembly resolution 70/125.")
    True
    >>> continues_sentence("A short title", "by Jo Roe"), continues_sentence("x" * 60 + ".", "by Jo Roe")
    (False, False)
    """
    return bool(re.match(r"\W*+by\s", text)) and stops_mid_sentence(above)


# a line that ends on a word no phrase ends with ("... Permanent Mission of" / "Tunisia, ...")
OPEN_WORD_RE = re.compile(r"\s(?:of|the|and|for|to|on|in|at|by|with|from)$", re.I)


def stops_mid_sentence(line: str) -> bool:
    """A long line that ends without closing its sentence: wrapped, the rest on the next line."""
    line = line.strip()
    return len(line) >= WRAPPED_LINE and line[-1] not in ".:;!?)]*_"


def carries_on(text: str, below: str) -> bool:
    """Whether the line ``below`` is the rest of the line ``text`` that a page too narrow wrapped: ``text``
    is long and stops mid-sentence, and ``below`` goes on in lower case or with a number ("... on behalf
    of the Group" / "of 77 and China").

    >>> carries_on("Statement delivered by the delegation of Ecuador on behalf of the Group", "of 77 and China")
    True
    >>> carries_on("Submitted by: Ghana", "of 77"), carries_on("x" * 60, "Date: 1 May 2017")
    (False, False)
    >>> carries_on("Delivered by Mr. Karim Benali, First Secretary, Permanent Mission of", "Tunisia, on behalf of X")
    True
    """
    below = below.strip()
    if not stops_mid_sentence(text) or not below:
        return False
    opens = OPEN_WORD_RE.search(text.rstrip()) is not None  # "... Permanent Mission of" / "Tunisia, ..."
    return below[0].islower() or below[0].isdigit() or below[0].isupper() and opens

"""Turning a passage of a document into clean text, keeping amendments as data.

The corpus is Markdown-ish text converted from UN Word and PDF files: bold and
italic stars, ``<sup>`` footnote marks, superscript digits, check-mark bullets
and amendments.  Amendments come in the conventions drafters use:

* deletions: ``~~struck~~`` (the readers write struck runs so), ``<del>``, ``<s>``,
  ``<strike>``, ``[deleted: ...]``, CriticMarkup ``{--...--}``;
* insertions: ``~~old~~-new`` (a replacement), ``<ins>``, ``[inserted: ...]``,
  ``[added: ...]``, CriticMarkup ``{++...++}`` and ``{~~old~>new~~}``;
* where the document says so in a legend ("additions are shown in bold", "new text
  is underlined", "proposed additions in square brackets"), bold, underlined or
  bracketed wording is an insertion too (:func:`conventions`).

Struck wording is data (an amendment), not part of what the passage now says:
:func:`clean_text` gives the wording as amended, :func:`original_text` the wording
before the amendments (a Chair's draft as the Chair wrote it).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from wgec.graph.ingest.hyphens import join_broken_words

# ~~old~~ or ~~old~~-new: the readers of Word and HTML write struck runs so
STRIKE_RE = re.compile(r"~~(.+?)~~(?:-(\w[\w-]*))?", re.S)
# every other way of marking a change, one alternative per convention
_DELETE_TAG_RE = r"<(?P<tag>del|s|strike)(?:\s[^<>]*)?>(?P<tagged>.*?)</(?P=tag)\s*>"
_BRACKET_RE = r"\[\s*(?P<label>deleted|delete|deletion|struck|strike|inserted|insert|insertion|added|add|addition)" \
              r"\s*:\s*(?P<labelled>[^\[\]]+?)\s*\]"
_CRITIC_RE = r"\{--(?P<cdel>.+?)--\}|\{\+\+(?P<cins>.+?)\+\+\}|\{~~(?P<cold>.+?)~>(?P<cnew>.+?)~~\}"
_INS_TAG_RE = r"<ins(?:\s[^<>]*)?>(?P<ins>.*?)</ins\s*>"
CHANGE_RE = re.compile(
    rf"~~(?P<struck>.+?)~~(?:-(?P<repl>\w[\w-]*))?|{_DELETE_TAG_RE}|{_BRACKET_RE}|{_CRITIC_RE}|{_INS_TAG_RE}",
    re.S | re.I)
_DELETE_LABELS = ("delet", "struck", "strike")
SUP_RE = re.compile(r"<sup>[^<]*</sup>")
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
# Only the formatting tags the Word/PDF conversions leave; any other "<...>" is text.
TAG_RE = re.compile(r"</?(?:ul|ol|li|p|br|span|em|strong|b|i|u|sub|div)(?:\s[^<>]*)?/?>", re.I)
EMPHASIS_RE = re.compile(r"\*+")
SPACE_RE = re.compile(r"\s+")
QUOTE_MARKS = "“”\""
_DROP = {ord(c): None for c in SUPERSCRIPT_DIGITS + "*"} | {ord("✓"): " ", 0xA0: " "}
_DOUBLED_RE = re.compile(r"([;,])(?:\s*[;,])+")

#: How a document marks the wording it adds, when it says so in a legend.
Marking = Literal["bold", "underline", "brackets"]
LEGEND_RE = re.compile(
    r"\b(?:additions?|insertions?|inserted|added|new|proposed|suggested)\b[^.;\n]{0,60}?"
    r"\b(?P<how>bold|underlin\w*|square\s+brackets|brackets)"
    r"|\b(?:in|with)\s+(?P<how2>bold|underlin\w*|square\s+brackets|brackets)\b[^.;\n]{0,30}?"
    r"\b(?:is|are)\s+(?:an?\s+)?(?:added|new|inserted|additions?|insertions?)\b", re.I)
LEGEND_WORD_RE = re.compile(r"[bBuU](?i:old|nderlin|racket)")
_MARKED_RE: dict[Marking, re.Pattern[str]] = {
    "bold": re.compile(r"\*\*(?P<added>[^*\n]+?)\*\*|<(?:b|strong)>(?P<added2>.*?)</(?:b|strong)>", re.S),
    "underline": re.compile(r"<u>(?P<added>.*?)</u>|(?<!\w)__(?P<added2>[^_\n]+?)__(?!\w)", re.S),
    "brackets": re.compile(r"\[(?P<added>[^\[\]\n]{2,}?)\](?!\()"),
}


@dataclass(frozen=True)
class Strike:
    """Struck-through wording found in a passage, at offsets of that passage."""

    deleted: str
    inserted: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Change:
    """An amendment marked in a passage: wording deleted, inserted, or both (a replacement)."""

    deleted: str
    inserted: str
    start: int
    end: int

    @property
    def kind(self) -> Literal["delete", "insert", "replace"]:
        return "replace" if self.deleted and self.inserted else "delete" if self.deleted else "insert"


def conventions(text: str) -> frozenset[Marking]:
    """The markings a document's legend says it uses for additions.

    >>> sorted(conventions("Proposed additions are shown in bold and deletions struck through."))
    ['bold']
    >>> sorted(conventions("New text is underlined; text in square brackets is added."))
    ['brackets', 'underline']
    """
    found: set[Marking] = set()
    after = -1
    for hit in LEGEND_WORD_RE.finditer(text):  # a legend names one of these: read around each (no copy of
        if hit.start() < after:                # the whole text, no scan of it with the legend's pattern)
            continue
        after = hit.start() + 120
        for m in LEGEND_RE.finditer(text[max(0, hit.start() - 120):after]):
            how = (m.group("how") or m.group("how2")).lower()
            found.add("bold" if how == "bold" else "underline" if how.startswith("underlin") else "brackets")
    return frozenset(found)


def _change(m: re.Match[str]) -> tuple[str, str]:
    """(deleted, inserted) of one CHANGE_RE match."""
    g = m.groupdict()
    if g["struck"] is not None:
        return g["struck"], g["repl"] or ""
    if g["tagged"] is not None:
        return g["tagged"], ""
    if g["labelled"] is not None:
        deleting = g["label"].lower().startswith(_DELETE_LABELS)
        return (g["labelled"], "") if deleting else ("", g["labelled"])
    if g["cdel"] is not None:
        return g["cdel"], ""
    if g["cins"] is not None:
        return "", g["cins"]
    if g["cold"] is not None:
        return g["cold"], g["cnew"]
    return "", g["ins"] or ""


def find_changes(text: str, marked: frozenset[Marking] = frozenset()) -> list[Change]:
    """Every amendment marked in ``text``, in order; ``marked`` are the markings of additions the
    document's legend declares (:func:`conventions`).

    >>> [(c.kind, c.deleted, c.inserted) for c in find_changes("a ~~b~~-c d [deleted: e] <ins>f</ins>")]
    [('replace', 'b', 'c'), ('delete', 'e', ''), ('insert', '', 'f')]
    >>> [(c.kind, c.inserted) for c in find_changes("keep **new words** here", frozenset({"bold"}))]
    [('insert', 'new words')]
    """
    changes = []
    if "~" in text or "<" in text or "[" in text or "{" in text:
        for m in CHANGE_RE.finditer(text):
            deleted, inserted = _change(m)
            if deleted.strip() or inserted.strip():
                changes.append(Change(deleted.strip(), inserted.strip(), m.start(), m.end()))
    for how in sorted(marked):
        taken = [(c.start, c.end) for c in changes]
        for m in _MARKED_RE[how].finditer(text):
            added = (m.group("added") or m.group("added2") or "").strip()
            if added and not any(a <= m.start() < b for a, b in taken):
                changes.append(Change("", added, m.start(), m.end()))
    return sorted(changes, key=lambda c: c.start)


def find_strikes(text: str) -> list[Strike]:
    """Deleted wording, with the replacement when there is one.

    >>> find_strikes("International ~~dimension~~-extent")
    [Strike(deleted='dimension', inserted='extent', start=14, end=34)]
    """
    return [Strike(c.deleted, c.inserted or None, c.start, c.end) for c in find_changes(text) if c.deleted]


def mask_deleted(text: str) -> str:
    """``text`` with deleted wording blanked (same length, so offsets hold): what it names is
    no longer said."""
    if "~" not in text and "<" not in text and "[" not in text and "{" not in text:
        return text
    return CHANGE_RE.sub(lambda m: " " * len(m.group(0)) if _change(m)[0] else m.group(0), text)


def _amended(m: re.Match[str]) -> str:
    return _change(m)[1]


def _before(m: re.Match[str]) -> str:
    return _change(m)[0]


def clean_text(text: str) -> str:
    """Plain wording as amended: deleted parts left out, insertions kept, markup removed.

    >>> clean_text("- ✓ International ~~dimension~~-extent")
    'International extent'
    >>> clean_text("*64. We acknowledge<sup>1</sup>*")
    '64. We acknowledge'
    >>> clean_text("results-driven efforts; ~~respect for rights~~; evidence-based discussions")
    'results-driven efforts; evidence-based discussions'
    >>> clean_text("Le Sénégal recommande que :"), clean_text("efforts ~~x~~: y")  # French spacing is the text's
    ('Le Sénégal recommande que :', 'efforts: y')
    """
    amended = _apply(text, _amended)
    return _plain(amended, removed=amended != text)


def original_text(text: str, marked: frozenset[Marking] = frozenset()) -> str:
    """Plain wording before the amendments: deleted parts kept, insertions left out.

    >>> original_text("International ~~dimension~~-extent")
    'International dimension'
    >>> original_text("a plan [inserted: for all] to act")
    'a plan to act'
    """
    if marked:
        for how in sorted(marked):
            text = _MARKED_RE[how].sub(lambda m: " " * len(m.group(0)), text)
    before = _apply(text, _before)
    return _plain(before, removed=before != text)


def _apply(text: str, keep: Callable[[re.Match[str]], str]) -> str:
    if "~" in text or "<" in text or "[" in text or "{" in text:
        return CHANGE_RE.sub(keep, text)
    return text


# a note's number written after a word and its punctuation ("enhanced cooperation.3", "the Forum,3 and"),
# not a number that belongs to what it follows ("para.69", "CRP.3", "Rev.1")
NOTE_MARK_RE = re.compile(r"\b([A-Za-z][a-z]+)([.,;:)\u201d\"])(\d{1,2})(?=\s|$)")
_NOTE_MARK_HINT = re.compile(r"[.,;:)\u201d\"]\d")
_NUMBERED_WORDS = frozenset("para paras paragraph paragraphs art arts article no nos p pp vol sec sect ch chap "
                            "res op fig item items rev add corr annex page pages version".split())


# a note's number in square brackets set right after a word or a full stop, as web pages and Google Docs mark notes:
# "stakeholders.[5]", "the Forum[3]" (not a reference after a blank, "as shown in [1]", nor a list's "[1] See ...")
BRACKET_NOTE_RE = re.compile(r"(?<=[A-Za-z.,;:)\u201d\"])\[\d{1,3}\](?=[\s.,;:]|$)")


def drop_note_marks(text: str) -> str:
    """Text without the numbers of notes a plain-text copy leaves after words (superscripts lost), and without
    notes' numbers in square brackets after them.

    >>> drop_note_marks("roles.5 The Forum,3 and para.69 of E/CN.16/2014/CRP.3 and Rev.1 stay.")
    'roles. The Forum, and para.69 of E/CN.16/2014/CRP.3 and Rev.1 stay.'
    >>> drop_note_marks("of all stakeholders.[5] The IGF[12], as in [1], stays [open].")
    'of all stakeholders. The IGF, as in [1], stays [open].'
    """
    if "[" in text:
        text = BRACKET_NOTE_RE.sub("", text)
    if _NOTE_MARK_HINT.search(text) is None:  # most texts: no digit right after punctuation (one C scan)
        return text
    return NOTE_MARK_RE.sub(lambda m: m.group(0) if m.group(1).lower() in _NUMBERED_WORDS
                            else m.group(1) + m.group(2), text)


def _plain(text: str, removed: bool = True) -> str:
    """Markup removed, blanks collapsed, no blank before a comma or a full stop, nor (where wording was
    ``removed``, which leaves one) before a semicolon or a colon; no doubled separator.  French sets a
    blank before ':' and ';' ("recommande que :"): a text that removed nothing keeps it."""
    if "<" in text:
        text = TAG_RE.sub(" ", SUP_RE.sub("", text))
    if text.isascii():  # only the stars to drop (the other marks are not ASCII): no translation table
        text = text.replace("*", "") if "*" in text else text
    else:
        text = text.translate(_DROP)
    text = " ".join(drop_note_marks(join_broken_words(text)).split())
    if text[:1] in "-•" and text[1:2] == " ":
        text = text[2:]
    if " " in text:
        for mark in ",;:." if removed else ",.":
            text = text.replace(" " + mark, mark)
    if ";;" in text or ",," in text or ";," in text or ",;" in text:
        text = _DOUBLED_RE.sub(lambda m: ";" if ";" in m.group(0) else ",", text)
    return text.strip()

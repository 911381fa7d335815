"""Turning a passage of a document into clean text, keeping struck-through wording.

The corpus is Markdown-ish text converted from UN Word and PDF files: bold and
italic stars, ``<sup>`` footnote marks, superscript digits, check-mark bullets
and ``~~struck-through~~`` amendments.  Struck wording is data (an amendment),
not part of what the proposal now says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

STRIKE_RE = re.compile(r"~~(.+?)~~(?:-(\w[\w-]*))?", re.S)
SUP_RE = re.compile(r"<sup>[^<]*</sup>")
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUPERSCRIPT_RE = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
# Only the formatting tags the Word/PDF conversions leave; any other "<...>" is text.
TAG_RE = re.compile(r"</?(?:ul|ol|li|p|br|span|em|strong|b|i|u|sub|div)(?:\s[^<>]*)?/?>", re.I)
EMPHASIS_RE = re.compile(r"\*+")
SPACE_RE = re.compile(r"\s+")
QUOTE_MARKS = "“”\""


@dataclass(frozen=True)
class Strike:
    """Struck-through wording found in a passage, at offsets of that passage."""

    deleted: str
    inserted: str | None
    start: int
    end: int


def find_strikes(text: str) -> list[Strike]:
    """Struck-through wording, with the replacement when written ``~~old~~-new``.

    >>> find_strikes("International ~~dimension~~-extent")
    [Strike(deleted='dimension', inserted='extent', start=14, end=34)]
    """
    return [Strike(m.group(1).strip(), m.group(2), m.start(), m.end()) for m in STRIKE_RE.finditer(text)]


def clean_text(text: str) -> str:
    """Plain wording: struck parts replaced by their replacement, markup removed.

    >>> clean_text("- ✓ International ~~dimension~~-extent")
    'International extent'
    >>> clean_text("*64. We acknowledge<sup>1</sup>*")
    '64. We acknowledge'
    """
    text = STRIKE_RE.sub(lambda m: m.group(2) or "", text)
    text = SUP_RE.sub("", text)
    text = TAG_RE.sub(" ", text)
    text = SUPERSCRIPT_RE.sub("", text)
    text = EMPHASIS_RE.sub("", text)
    text = text.replace("✓", " ").replace("\u00a0", " ")
    text = SPACE_RE.sub(" ", text).strip()
    text = re.sub(r"^[-•]\s+", "", text)
    text = re.sub(r"\s+([,;:.])", r"\1", text)
    return text.strip()

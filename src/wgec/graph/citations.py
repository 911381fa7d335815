"""References to paragraphs of UN instruments: "paras 35 - 37", "§ 69", "item 35a)",
"paragraphs 67 through 75", "Para 69 and 71 of the Tunis Agenda".

Ranges expand to one provision per paragraph.  The instrument is the one named
right after ("... of the Tunis Agenda"), else the nearest one named before in the
same sentence, else the one the passage was last talking about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.gazetteer import Entity, Mention

_NUM = r"\d{1,3}(?:\s?[a-z]\)|[a-z](?![a-z]))?"
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to|through)\s*\d{{1,3}})?"
REF_RE = re.compile(
    rf"(?:\b(?:paras?\.?|paragraphs?|items?)|§|#)\s*({_RANGE}(?:\s*(?:,\s*and|,|and|as well as)\s*(?:(?:paras?\.?|paragraphs?|items?)\s*)?{_RANGE})*)",
    re.I,
)
PART_RE = re.compile(r"(\d{1,3})(?:\s?([a-z])\)|([a-z])(?![a-z]))?(?:\s*(?:-|–|to|through)\s*(\d{1,3}))?", re.I)
MAX_RANGE = 60


@dataclass(frozen=True)
class Citation:
    """One cited paragraph (``sub`` is the letter of a sub-item) at ``start:end`` of the text."""

    instrument: Entity | None
    paragraph: int
    sub: str | None
    start: int
    end: int
    written: str


def expand(numbers: str) -> list[tuple[int, str | None]]:
    """Paragraph numbers of a reference, ranges expanded.

    >>> expand("35 - 37, 58-60, 69-71")
    [(35, None), (36, None), (37, None), (58, None), (59, None), (60, None), (69, None), (70, None), (71, None)]
    >>> expand("35a), 68 and 69")
    [(35, 'a'), (68, None), (69, None)]
    >>> expand("67 through 75")[-1]
    (75, None)
    """
    out: list[tuple[int, str | None]] = []
    for m in PART_RE.finditer(numbers):
        first = int(m.group(1))
        if m.group(4):
            last = int(m.group(4))
            if first <= last <= first + MAX_RANGE:
                out.extend((n, None) for n in range(first, last + 1))
                continue
        sub = m.group(2) or m.group(3)
        out.append((first, sub.lower() if sub else None))
    return out


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind(";", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find(";", pos)) if i != -1]
    return (start + 1 if start != -1 else 0, min(ends) if ends else len(text))


def find_citations(text: str, instruments: list[Mention], context: Entity | None = None) -> list[Citation]:
    """Paragraph references in ``text``; ``instruments`` are the instrument mentions in it.

    ``context`` is the instrument the surrounding passage was about, used when
    the sentence names none ("In para 35 it was reaffirmed ...").
    """
    found: list[Citation] = []
    for m in REF_RE.finditer(text):
        numbers = m.group(1)
        s_start, s_end = _sentence_bounds(text, m.start())
        after = [i for i in instruments
                 if m.end() <= i.start <= min(s_end, m.end() + 60)
                 and re.fullmatch(r"\s*(?:of|in)\s+(?:the\s+)?(?:UNGA\s+|UN\s+GA\s+|General\s+Assembly\s+)?", text[m.end():i.start], re.I)]
        before = [i for i in instruments if s_start <= i.start and i.end <= m.start()]
        anywhere_before = [i for i in instruments if i.end <= m.start()]
        if after:
            instrument = after[0].entity
        elif before:
            instrument = before[-1].entity
        elif anywhere_before:
            instrument = anywhere_before[-1].entity
        else:
            instrument = context
        for paragraph, sub in expand(numbers):
            found.append(Citation(instrument, paragraph, sub, m.start(), m.end(), m.group(0)))
    return found

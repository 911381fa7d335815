"""References to paragraphs of UN instruments: "paras 35 - 37", "§ 69", "item 35a)",
"paragraphs 67 through 75", "Para 69 and 71 of the Tunis Agenda".

Ranges expand to one provision per paragraph.  The instrument is the one named
right after ("... of the Tunis Agenda"), else the nearest one named before in the
same sentence, else the one the passage was last talking about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.layout.references import REF_RE, expand
from wgec.graph.link.gazetteer import Entity, Mention


@dataclass(frozen=True)
class Citation:
    """One cited paragraph (``sub`` is the letter of a sub-item) at ``start:end`` of the text."""

    instrument: Entity | None
    paragraph: int
    sub: str | None
    start: int
    end: int
    written: str


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

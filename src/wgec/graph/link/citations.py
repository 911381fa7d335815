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


# between a reference and the instrument named after it: "para 69 of the Tunis Agenda"
OF_INSTRUMENT_RE = re.compile(r"\s*(?:of|in)\s+(?:the\s+)?(?:UNGA\s+|UN\s+GA\s+|General\s+Assembly\s+)?", re.I)


def find_citations(text: str, instruments: list[Mention], context: Entity | None = None) -> list[Citation]:
    """Paragraph references in ``text``; ``instruments`` are the instrument mentions in it.

    ``context`` is the instrument the surrounding passage was about, used when
    the sentence names none ("In para 35 it was reaffirmed ...").
    """
    found: list[Citation] = []
    for m in REF_RE.finditer(text):
        instrument = _instrument_of(text, m, instruments, context)
        for paragraph, sub in expand(m.group(1)):
            found.append(Citation(instrument, paragraph, sub, m.start(), m.end(), m.group(0)))
    return found


def _instrument_of(text: str, ref: re.Match[str], instruments: list[Mention], context: Entity | None) -> Entity | None:
    """The instrument named right after the reference, else the last one named before it in its
    sentence, else before it anywhere, else ``context``."""
    s_start, s_end = _sentence_bounds(text, ref.start())
    after = [i for i in instruments
             if ref.end() <= i.start <= min(s_end, ref.end() + 60)
             and OF_INSTRUMENT_RE.fullmatch(text[ref.end():i.start])]
    if after:
        return after[0].entity
    before = [i for i in instruments if s_start <= i.start and i.end <= ref.start()]
    if before:
        return before[-1].entity
    anywhere_before = [i for i in instruments if i.end <= ref.start()]
    return anywhere_before[-1].entity if anywhere_before else context

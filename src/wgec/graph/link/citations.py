"""References to paragraphs of UN instruments: "paras 35 - 37", "§ 69", "item 35a)",
"paragraphs 67 through 75", "Para 69 and 71 of the Tunis Agenda".

Ranges expand to one provision per paragraph.  The instrument is the one named
right after ("... of the Tunis Agenda"), else the nearest one named before in the
same sentence, else the one the passage was last talking about.
"""
from __future__ import annotations

import bisect
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


# between a reference and the instrument named after it: "para 69 of the Tunis Agenda", "paragraphe 69 de
# l'Agenda de Tunis", "párrafo 69 de la Agenda de Túnez"
OF_INSTRUMENT_RE = re.compile(r"\s*(?:(?:of|in)\s+(?:the\s+|its\s+|their\s+)?|de\s+la\s+|de\s+l['’]\s*|del\s+|de\s+|"
                              r"du\s+)"
                              r"(?:UNGA\s+|UN\s+GA\s+|GA\s+|General\s+Assembly\s+|ECOSOC\s+"
                              r"|Economic\s+and\s+Social\s+Council\s+|WSIS\s+)?", re.I)

# "In paragraph 69 the Tunis Agenda recognizes ...", "In para. 71, the Tunis Agenda ...": the sentence opens
# with the reference and goes on with the instrument it is in
IN_LEAD_RE = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*In\s+$")
IN_GAP_RE = re.compile(r",?\s+(?:the\s+)?")
# an instrument named right after the reference that the gazetteer does not know: not the last one named
UNKNOWN_AFTER_RE = re.compile(OF_INSTRUMENT_RE.pattern + r"(?:resolution|decision|document|report|declaration)\b",
                              re.I)


# "Para 12: delete.", "New para after para 21: ...", a table's row "Paragraph 4<tab>...": a comment's label for a
# paragraph of the draft it comments on, opening its line, no instrument's paragraph
LINE_OPENS_RE = re.compile(r"(?:^|\n)[ \t*_#>•-]*+(?:new\s+para(?:graph)?\.?\s+(?:after|before|following)\s+)?$", re.I)
LABEL_AFTER_RE = re.compile(r"[ \t]*(?::|[–—-][ \t])|\t| {3}")  # a colon, a dash, or a table's next column


def find_citations(text: str, instruments: list[Mention], context: Entity | None = None) -> list[Citation]:
    """Paragraph references in ``text``; ``instruments`` are the instrument mentions in it.

    ``context`` is the instrument the surrounding passage was about, used when
    the sentence names none ("In para 35 it was reaffirmed ...").
    """
    found: list[Citation] = []
    ends = [i.end for i in instruments]  # mentions do not overlap: sorted by start and by end
    for m in REF_RE.finditer(text):
        instrument = _instrument_of(text, m, instruments, ends, context)
        for paragraph, sub in expand(m.group(1)):
            found.append(Citation(instrument, paragraph, sub, m.start(), m.end(), m.group(0)))
    return found


def _instrument_of(text: str, ref: re.Match[str], instruments: list[Mention], ends: list[int],
                   context: Entity | None) -> Entity | None:
    """The instrument named right after the reference, else the last one named before it in its
    sentence, else before it anywhere, else ``context``.  ``ends`` are the instruments' ends, in
    order: each look-up is a bisection, not a scan of every mention of the text."""
    last_before = bisect.bisect_right(ends, ref.start()) - 1  # the last one ending before the reference
    following = last_before + 1  # the first one after it (one overlapping it is not "after")
    while following < len(instruments) and instruments[following].start < ref.end():
        following += 1
    if following < len(instruments):
        nxt = instruments[following]
        # the sentence's end looked for after the reference: "para. 69 of ..." holds a full stop of its own
        if nxt.start <= ref.end() + 60 and nxt.start <= _sentence_bounds(text, ref.end())[1] \
                and (OF_INSTRUMENT_RE.fullmatch(text[ref.end():nxt.start]) or _opens_in(text, ref, nxt.start)):
            return nxt.entity
    if UNKNOWN_AFTER_RE.match(text, ref.end()):
        return None  # "paragraph 5 of resolution 71/212": an instrument named, not one known
    if LABEL_AFTER_RE.match(text, ref.end()) and LINE_OPENS_RE.search(text, max(0, ref.start() - 40), ref.start()):
        return None  # "Para 12: delete.": the paragraph of the draft commented on
    # the last one named before it (in its sentence if there is one there: the same one)
    return instruments[last_before].entity if last_before >= 0 else context


def _opens_in(text: str, ref: re.Match[str], instrument_start: int) -> bool:
    """"In paragraph 69 the Tunis Agenda ...": the reference opens its sentence after "In" and the instrument
    is the subject right after it."""
    return IN_GAP_RE.fullmatch(text, ref.end(), instrument_start) is not None and \
        IN_LEAD_RE.search(text, max(0, ref.start() - 8), ref.start()) is not None

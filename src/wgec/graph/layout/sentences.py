"""Sentences of a passage, as spans: where a proposal, a stance or a quotation starts and ends.

A full stop ends a sentence only before a capital, a digit or an opening quotation mark, never
inside quotation marks nor after an abbreviation ("e.g.", "para. 35", "Mr. Chairman").  Stances
also cut at semicolons (a clause holds a stance); a proposal is a whole sentence.
"""
from __future__ import annotations

import re

ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|Mr|Ms|Mrs|Dr|No|para|paras|cf|vs|al|U\.N|U\.S|Art|Ref|Rev)\.$", re.I)
QUOTE_RE = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"\n]*\"")
_CUTS = {".;!?": re.compile(r"[.;!?](?=\s+[\"“(]?[A-Z0-9])"),
         ".!?": re.compile(r"[.!?]['\"”’)]*(?=\s+[\"“(]?[A-Z])")}  # a whole sentence: not before "2017", "30 per cent"
# more abbreviations a whole sentence runs past: "Prof. Kleinwachter", "by Dec. 2017", "approx. 30 per cent"
MORE_ABBREVIATIONS = re.compile(r"\b(?:Prof|Amb|H\.E|approx|ca|Inc|Ltd|Co|Corp|St|Dept|Govt|Jan|Feb|Mar|Apr|Jun|Jul|"
                                r"Aug|Sept?|Oct|Nov|Dec|pp?|vol|Fig|Sec|ch|viz|Jr|Sr)\.$", re.I)


def split_sentences(text: str, stops: str = ".;!?") -> list[tuple[int, int]]:
    """Sentence spans of ``text``, trimmed; never inside quotation marks or after an abbreviation
    (``stops``: the marks that end one, ".!?" for whole sentences).

    >>> t = 'One, e.g. this. “A. B” two; Three'
    >>> [t[a:b] for a, b in split_sentences(t)], [t[a:b] for a, b in split_sentences(t, ".!?")]
    (['One, e.g. this.', '“A. B” two;', 'Three'], ['One, e.g. this.', '“A. B” two; Three'])
    """
    quoted = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)] if "\"" in text or "“" in text or "‘" in text \
        else []
    cuts = [0]
    for m in _CUTS[stops].finditer(text):
        at = m.end()
        if any(a < at < b for a, b in quoted) or ABBREVIATIONS.search(text[max(0, at - 6):at]) \
                or stops == ".!?" and MORE_ABBREVIATIONS.search(text[max(0, at - 7):at]):
            continue
        cuts.append(at)
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        tail = len(text[a:b]) - len(text[a:b].rstrip())
        if b - tail > a + lead:
            spans.append((a + lead, b - tail))
    return spans

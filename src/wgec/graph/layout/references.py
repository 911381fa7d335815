"""How UN texts write references to paragraphs: "paras 35 - 37", "§ 69", "item 35a)",
"paragraphs 67 through 75".  Pure text patterns: which instrument a reference points to is
decided when linking (:mod:`wgec.graph.link.citations`).
"""
from __future__ import annotations

import re

_NUM = r"\d{1,3}(?:\s?[a-z]\)|[a-z](?![a-z]))?"
_RANGE = rf"{_NUM}(?:\s*(?:-|–|to|through|à|\ba\b|al)\s*\d{{1,3}})?"
# English, French ("paragraphes 68 à 71 et 73") and Spanish ("párrafos 68 a 71 y 73", "párr. 69")
_WORD = r"(?:paras?\.?|paragraphs?|paragraphes?|párrafos?|párr\.|items?)"
_JOIN = r"\s*(?:,\s*and|,|and|as well as|et|y)\s*"
REF_RE = re.compile(rf"(?:\b{_WORD}|§|#)\s*({_RANGE}(?:{_JOIN}(?:{_WORD}\s*)?{_RANGE})*)", re.I)
PART_RE = re.compile(r"(\d{1,3})(?:\s?([a-z])\)|([a-z])(?![a-z]))?(?:\s*(?:-|–|to|through|à|\ba\b|al)\s*(\d{1,3}))?",
                     re.I)
MAX_RANGE = 60


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

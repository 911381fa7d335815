"""A UN document symbol in a document's front matter: ``E/CN.16/2017/CRP.1``, ``A/70/125``,
``UNCTAD/DTL/STICT/2016/1``, alone on a line near the top (as UN documents print it), in a column of
the masthead's first line (as a PDF's text keeps it) or after "Symbol:".

The symbol is how delegates cite a document, so it is kept as the document's
``dcterms:identifier``. A line (or column) qualifies only if it is nothing but a symbol: a body of issuing
letters, then two or more slash-separated parts, at least one with a digit (a path such as
"and/or/not" or a date "7/12/2016" is not one).

>>> document_symbol(["E/CN.16/2017/CRP.1", "English only"])
('E/CN.16/2017/CRP.1', 0)
>>> document_symbol(["Symbol: A/RES/70/125"])
('A/RES/70/125', 0)
>>> document_symbol(["Geneva, 7/12/2016", "and/or/not"]) is None
True
>>> document_symbol(["United Nations                      E/CN.16/2018/L.3"])
('E/CN.16/2018/L.3', 0)
"""
from __future__ import annotations

import re

SYMBOL_RE = re.compile(r"(?:Symbol:\s*)?\**\s*((?:[A-Z]{1,8}(?:\.\d+)?)(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,})\s*\**",
                       re.I)
LOOK_IN = 15  # lines from the top: a symbol heads the first page
COLUMN_GAP_RE = re.compile(r"\s{3,}|\t")  # a PDF's masthead keeps its columns apart by spaces


def document_symbol(lines: list[str]) -> tuple[str, int] | None:
    """The symbol and the index of its line among the first ``LOOK_IN`` of ``lines``, or None."""
    for index, line in enumerate(lines[:LOOK_IN]):
        for column in COLUMN_GAP_RE.split(line.strip()):  # a masthead in columns: "United Nations      E/CN.16/..."
            m = SYMBOL_RE.fullmatch(column)
            if m and m.group(1)[0].isupper() and any(c.isdigit() for c in m.group(1)) \
                    and not re.fullmatch(r"[\d/]+", m.group(1)):
                return m.group(1), index
    return None

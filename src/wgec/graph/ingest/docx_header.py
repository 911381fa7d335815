"""The page header of a Word file: where an organisation often puts its name ("CENTR – Council of European
National Top-Level Domain Registries") and nowhere else, so the text read from the file starts with it."""
from __future__ import annotations

import re
from typing import Any


def page_header_lines(document: Any) -> list[str]:
    """The lines of the first page's header (a python-docx ``Document``), spaces tidied; none for a header
    linked to nothing of its own, and no line holding no letter (page numbers, fields) or stamping the document."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return []
    lines = [" ".join(p.text.split()) for p in header.paragraphs]
    return [line for line in lines if any(c.isalpha() for c in line) and not STAMP_RE.match(line)
            and len(line.split()) <= MAX_WORDS]


# a header that stamps the document rather than names its author: "DRAFT – For discussion only", "Page 2"
STAMP_RE = re.compile(r"^\W*(?:draft|confidential|restricted|unofficial|advance|internal|for\s+(?:discussion|"
                      r"information|comment)|page\b|not\s+for|embargo|version|rev(?:ision)?\b)", re.I)
MAX_WORDS = 14  # an organisation's name, maybe with its acronym or its address

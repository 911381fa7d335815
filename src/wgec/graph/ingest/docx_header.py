"""The page header of a Word file: where an organisation often puts its name ("CENTR – Council of European
National Top-Level Domain Registries") and nowhere else, so the text read from the file starts with it."""
from __future__ import annotations

from typing import Any


def page_header_lines(document: Any) -> list[str]:
    """The lines of the first page's header (a python-docx ``Document``), spaces tidied; none for a header
    linked to nothing of its own or holding no letter (page numbers, fields)."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return []
    lines = [" ".join(p.text.split()) for p in header.paragraphs]
    return [line for line in lines if any(c.isalpha() for c in line)]

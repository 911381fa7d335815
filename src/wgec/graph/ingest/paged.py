"""Text saved from a PDF (``pdftotext`` writes a form feed between pages): its pages read like a
PDF's, so page numbers ("Page 2 of 4") and a running title repeated at the top or bottom of most
pages are dropped, a paragraph that flows on over a page break is joined, and each page's first
line is known.  A text without form feeds is read as written.

>>> read_paged_text(Path("x.txt"), b"Title\\nbody\\n\\nPage 1 of 2\\n\\fRunning\\nmore\\n\\nPage 2 of 2\\n").text
'Title\\nbody\\n\\nRunning\\nmore\\n'
"""
from __future__ import annotations

import re
from pathlib import Path

from wgec.graph.ingest.pdf import drop_furniture, join_pages
from wgec.graph.ingest.text import Extracted, read_text

# a line that is only a page's number, as a PDF's text pasted without its form feeds keeps it: "- 2 -", "Page 2 of 4"
PAGE_LINE_RE = re.compile(r"^\s*(?:[-–—]\s*(\d{1,3})\s*[-–—]|Page\s+(\d{1,3})(?:\s+of\s+\d{1,3})?)\s*$", re.I)


def read_paged_text(path: Path, raw: bytes) -> Extracted:
    """A .txt or .md document; with form feeds (or, without them, page-number lines that count up: "- 2 -",
    "- 3 -"), its pages without their furniture."""
    extracted = read_text(path, raw)
    text = extracted.text
    if "\f" not in text.strip("\f\n "):
        text = _pages_by_number(text)
        if "\f" not in text:
            return extracted
    pages = [[line.rstrip() for line in page.split("\n")] for page in text.split("\f")]
    text, starts = join_pages(drop_furniture([page for page in pages if any(line.strip() for line in page)]))
    return Extracted(text, extracted.media_type, starts, extracted.warnings)


def _pages_by_number(text: str) -> str:
    """``text`` with a form feed before each page-number line, when two or more count up one by one.

    >>> _pages_by_number("a\\n- 2 -\\nb\\n- 3 -\\nc\\n").split("\\f")
    ['a\\n', '- 2 -\\nb\\n', '- 3 -\\nc\\n']
    >>> _pages_by_number("a\\n- 2 -\\nb\\n")
    'a\\n- 2 -\\nb\\n'
    """
    lines = text.split("\n")
    marks = [(k, int(m.group(1) or m.group(2))) for k, line in enumerate(lines) if (m := PAGE_LINE_RE.match(line))]
    if len(marks) < 2 or any(b != a + 1 for (_, a), (_, b) in zip(marks, marks[1:], strict=False)):
        return text
    for k, _ in marks:
        lines[k] = "\f" + lines[k]
    return "\n".join(lines)

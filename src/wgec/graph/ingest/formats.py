"""Which reader takes which file: one module per format, all returning :class:`Extracted`.

>>> sorted(READERS)
['.docx', '.htm', '.html', '.md', '.pdf', '.txt']
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wgec.errors import DocumentReadError
from wgec.graph.ingest.docx import read_docx
from wgec.graph.ingest.html import read_html
from wgec.graph.ingest.paged import read_paged_text
from wgec.graph.ingest.pdf import read_pdf
from wgec.graph.ingest.text import Extracted

Reader = Callable[[Path, bytes], Extracted]
READERS: dict[str, Reader] = {".txt": read_paged_text, ".md": read_paged_text, ".html": read_html, ".htm": read_html,
                              ".pdf": read_pdf, ".docx": read_docx}
SUFFIXES = tuple(READERS)
SUFFIX_LIST = "*.txt, *.md, *.html, *.pdf, *.docx"


def extract(path: Path, raw: bytes | None = None) -> Extracted:
    """The text of one document file, read by the reader of its extension.

    Raises :class:`DocumentReadError` naming the file and the reason (unknown format,
    unreadable, encrypted, no text layer, binary, not UTF-8...).
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentReadError(path, f"unknown format {path.suffix or '(no extension)'!r}: "
                                      f"wgec reads {SUFFIX_LIST}")
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DocumentReadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    return reader(path, raw)

"""What every format reader returns: the document as text, plus where its lines came from.

Offsets and lines everywhere in wgec refer to this text; a reader of a paged format
(PDF, a Word file with page breaks) also says on which page each line starts, so
provenance can name the page.  Struck-through wording is written ``~~like this~~``,
the convention :mod:`wgec.graph.ingest.markup` reads.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from wgec.errors import DocumentReadError
from wgec.graph.ingest.grids import unframe
from wgec.graph.ingest.pipes import pipe_tables

TEXT_MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown"}


@dataclass(frozen=True)
class Extracted:
    """A document's text and its position map.

    ``page_starts[i]`` is the line (from 1) on which page ``i + 1`` starts; empty when
    the format has no pages (plain text, HTML, a Word file without page breaks).

    >>> e = Extracted("a\\nb\\nc\\n", "application/pdf", (1, 3))
    >>> e.page_of_line(1), e.page_of_line(2), e.page_of_line(3)
    (1, 1, 2)
    """

    text: str
    media_type: str
    page_starts: tuple[int, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def page_of_line(self, line: int) -> int | None:
        """The page (from 1) a line is on, or None for a format without pages."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, line))


def strike_markup(pieces: list[tuple[str, bool]]) -> str:
    """Pieces joined, struck stretches written ``~~...~~`` (blanks kept outside).

    >>> strike_markup([("International ", False), ("dimen", True), ("sion", True), ("-extent", False)])
    'International ~~dimension~~-extent'
    """
    out: list[str] = []
    for struck, run in groupby(pieces, key=lambda piece: piece[1]):
        text = "".join(piece[0] for piece in run)  # joined once: 100,000 cells of a row were quadratic
        core = text.strip()
        if struck and core:
            lead = text[: len(text) - len(text.lstrip())]
            out.append(f"{lead}~~{core.replace('~~', '~ ~')}~~" + text[len(text.rstrip()):])
        else:
            out.append(text)
    return "".join(out)


def decode_text(path: Path, raw: bytes) -> str:
    """UTF-8 text (a BOM dropped, CR and CRLF made LF); names the file and byte if it is not.

    >>> decode_text(Path("a.txt"), b"\\xef\\xbb\\xbfone\\r\\ntwo")
    'one\\ntwo'
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Windows "Unicode" text is UTF-16 with a BOM
        try:
            return _newlines(path, raw.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise DocumentReadError(path, f"not UTF-16 although it starts with its mark ({exc.reason})") from exc
    if binary_bytes(raw):
        raise DocumentReadError(path, "binary file (control bytes), not a text document")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentReadError(
            path, f"line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from exc
    return _newlines(path, text)


def _newlines(path: Path, text: str) -> str:
    if "\x00" in text or looks_binary(text):
        raise DocumentReadError(path, "binary file (control characters), not a text document")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def binary_bytes(raw: bytes, sample: int = 65536) -> bool:
    """A NUL byte, or more than 5 % control bytes, in the first 64 KiB: not text.

    >>> binary_bytes(b"Submitted by\\n\\xff broken"), binary_bytes(b"PK\\x03\\x04\\x00")
    (False, True)
    """
    head = raw[:sample]
    odd = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return b"\x00" in head or odd * 20 > len(head)


def looks_binary(text: str, sample: int = 65536) -> bool:
    """More than 5 % control or replacement characters in the first 64 KiB: binary data.

    >>> looks_binary("a\\tb\\nc"), looks_binary("\\x01\\x02abc")
    (False, True)
    """
    head = text[:sample]
    odd = sum(1 for ch in head if (ch < " " and ch not in "\t\n\r\f") or ch == "\ufffd")
    return odd * 20 > len(head)


def read_text(path: Path, raw: bytes) -> Extracted:
    """A .txt or .md document: its text as written, a table typed with pipes or drawn as a grid as
    tab-separated rows, a box's frame dropped."""
    text = pipe_tables(unframe(decode_text(path, raw)))  # a grid's rows first: pipe_tables would split them
    return Extracted(text, TEXT_MEDIA_TYPES.get(path.suffix.lower(), "text/plain"))

"""Reading a corpus file: its text, digest and line index.

Offsets everywhere in wgec are offsets into :attr:`SourceFile.text` (Unicode
characters, from 0), so that ``source.text[start:end]`` is always the exact quote.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from wgec.errors import CorpusNotFoundError, DocumentReadError

DOCUMENT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class SourceFile:
    """One corpus file, decoded, with a line index.

    >>> s = SourceFile.from_text("a.txt", "one\\ntwo\\n")
    >>> s.line_of(4), s.line_text(2)
    (2, 'two')
    """

    name: str
    text: str
    sha256: str
    path: Path | None = None
    line_starts: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def from_text(cls, name: str, text: str, path: Path | None = None) -> "SourceFile":
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        return cls(name=name, text=text, sha256=digest, path=path, line_starts=tuple(starts))

    @property
    def short_id(self) -> str:
        """Twelve hex digits of the digest: stable, short, unique enough for IRIs."""
        return self.sha256[:12]

    def line_of(self, offset: int) -> int:
        """Line number (from 1) of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def lines(self) -> list[tuple[int, int, str]]:
        """(line number, start offset, text without newline) for every line."""
        return [(n, start, self.line_text(n)) for n, start in enumerate(self.line_starts, 1)]


def read_source(path: Path) -> SourceFile:
    """Read one document as UTF-8; a BOM is dropped, CRLF kept as LF.

    Raises :class:`DocumentReadError` naming the file (and the byte) when it
    cannot be read or is not UTF-8.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentReadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentReadError(
            path, f"line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from exc
    if "\x00" in text:
        raise DocumentReadError(path, "binary file (NUL bytes), not a text document")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceFile.from_text(path.name, text, path)


def list_documents(folder: Path) -> list[Path]:
    """The document files of a corpus folder, sorted by name; a single document file
    stands for a corpus of one, so one new text can be tried without making a folder.

    Raises :class:`CorpusNotFoundError` if the path is missing or holds no document.
    """
    if not folder.exists():
        raise CorpusNotFoundError(f"{folder}: corpus folder does not exist")
    if folder.is_file():
        if folder.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise CorpusNotFoundError(f"{folder}: not a folder nor a document (*.txt, *.md)")
        return [folder]
    if not folder.is_dir():
        raise CorpusNotFoundError(f"{folder}: not a folder")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not files:
        raise CorpusNotFoundError(f"{folder}: no documents (*.txt, *.md) in corpus folder")
    return files

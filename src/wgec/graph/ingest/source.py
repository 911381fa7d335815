"""Reading a corpus file: its text, digest and line index.

Offsets everywhere in wgec are offsets into :attr:`SourceFile.text` (Unicode
characters, from 0), so that ``source.text[start:end]`` is always the exact quote.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from wgec.errors import CorpusNotFoundError, DocumentReadError
from wgec.graph.ingest.formats import SUFFIX_LIST, SUFFIXES, extract

DOCUMENT_SUFFIXES = SUFFIXES
NEWLINE_RE = re.compile("\n")


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
    media_type: str = "text/plain"
    page_starts: tuple[int, ...] = field(default=(), repr=False)  # line on which each page starts
    file_sha256: str = ""  # digest of the file's bytes when they are not the UTF-8 text (PDF, Word...)
    source_url: str | None = None  # where the file came from (the corpus manifest), when known

    @classmethod
    def from_text(cls, name: str, text: str, path: Path | None = None, *, media_type: str = "text/plain",
                  page_starts: tuple[int, ...] = ()) -> SourceFile:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        starts = [0] + [m.end() for m in NEWLINE_RE.finditer(text)]  # a scan in C, not a loop per character
        return cls(name=name, text=text, sha256=digest, path=path, line_starts=tuple(starts),
                   media_type=media_type, page_starts=page_starts)

    def page_of(self, offset: int) -> int | None:
        """Page (from 1) of a character offset, for a paged format (PDF); else None."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, self.line_of(offset)))

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
        return list(zip(range(1, len(self.line_starts) + 1), self.line_starts, self.text.split("\n"), strict=True))


def read_source(path: Path, name: str | None = None) -> SourceFile:
    """Read one document with the reader of its format (:mod:`wgec.graph.ingest.formats`):
    text as UTF-8 (a BOM dropped, CRLF made LF), HTML, PDF (pages kept) or Word.

    Raises :class:`DocumentReadError` naming the file and the reason (the byte and
    line of a text that is not UTF-8, an encrypted or scanned PDF...).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentReadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    extracted = extract(path, raw)
    source = SourceFile.from_text(name or path.name, extracted.text, path, media_type=extracted.media_type,
                                  page_starts=extracted.page_starts)
    digest = hashlib.sha256(raw).hexdigest()
    return source if digest == source.sha256 else replace(source, file_sha256=digest)


def list_documents(folder: Path) -> list[Path]:
    """The document files of a corpus folder, sorted by name; a single document file
    stands for a corpus of one, so one new text can be tried without making a folder.

    Raises :class:`CorpusNotFoundError` if the path is missing or holds no document.
    """
    if not folder.exists():
        raise CorpusNotFoundError(f"{folder}: corpus folder does not exist")
    if folder.is_file():
        if folder.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise CorpusNotFoundError(f"{folder}: not a folder nor a document ({SUFFIX_LIST})")
        return [folder]
    if not folder.is_dir():
        raise CorpusNotFoundError(f"{folder}: not a folder")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not files:
        raise CorpusNotFoundError(f"{folder}: no documents ({SUFFIX_LIST}) in corpus folder")
    return files

"""Reading a whole corpus without letting one bad file stop it.

Every file that cannot be used (an unknown extension, an encrypted or scanned PDF,
an empty or binary file, a second copy of the same text) becomes one
:class:`Problem`: a line of the build report naming the file and the reason, and
the rest of the corpus is read.  Two files with one name in different folders both
stay, each called by as much of its path as tells them apart.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wgec.errors import DataFileError, DocumentReadError
from wgec.graph.ingest.formats import SUFFIX_LIST, SUFFIXES
from wgec.graph.ingest.manifest import ManifestEntry, load_manifest
from wgec.graph.ingest.source import SourceFile, list_documents, read_source

MANIFEST_NAMES = ("manifest.json",)  # written by `wgec add`: not a document


@dataclass(frozen=True)
class Problem:
    """A corpus file the build could not take as it is, and why (one line of the build
    report): ``action`` says what was done, ``skipped`` (left out) or how it was kept."""

    file: str
    reason: str
    action: str = "skipped"

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


def corpus_files(folders: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The documents of the corpus folders (or single files), and a problem for each
    other file found in a folder (hidden files and the manifest aside).

    Raises :class:`CorpusNotFoundError` for a missing folder or one with no document.
    """
    paths: list[Path] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for folder in folders:
        folder = Path(folder)
        for path in list_documents(folder):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                paths.append(path)
        if folder.is_dir():
            problems.extend(Problem(str(p), f"unknown format {p.suffix or '(no extension)'!r}: not read "
                                            f"(wgec reads {SUFFIX_LIST})")
                            for p in sorted(folder.iterdir())
                            if p.is_file() and p.suffix.lower() not in SUFFIXES
                            and not p.name.startswith(".") and p.name not in MANIFEST_NAMES)
    return paths, problems


def unique_names(paths: Sequence[Path]) -> dict[Path, str]:
    """A name for each file: its own, or, when another file has the same name, the
    shortest end of its path that no other file shares.

    >>> names = unique_names([Path("x/a/doc.txt"), Path("x/b/doc.txt"), Path("x/c.txt")])
    >>> [names[p] for p in sorted(names)]
    ['a/doc.txt', 'b/doc.txt', 'c.txt']
    """
    names: dict[Path, str] = {}
    by_name: dict[str, list[Path]] = {}
    for path in paths:
        by_name.setdefault(path.name, []).append(path)
    for name, group in by_name.items():
        if len(group) == 1:
            names[group[0]] = name
            continue
        parts = [p.resolve().parts for p in group]
        for path, own in zip(group, parts, strict=True):
            k = 2
            while k < len(own) and any(other[-k:] == own[-k:] for other in parts if other is not own):
                k += 1
            names[path] = "/".join(own[-k:])
    return names


def _manifests(paths: Sequence[Path], problems: list[Problem]) -> dict[Path, ManifestEntry]:
    """The manifest entry of each file that ``wgec add`` put in its folder."""
    entries: dict[Path, ManifestEntry] = {}
    for folder in sorted({path.parent for path in paths}):
        try:
            entries.update((folder / e.file, e) for e in load_manifest(folder))
        except DataFileError as exc:
            problems.append(Problem(str(exc.path), f"{exc}".split(": ", 1)[-1] + "; source URLs not read", "ignored"))
    return entries


def read_corpus(paths: Sequence[Path], tick: Callable[[str, int, int], None] | None = None,
                ) -> tuple[list[SourceFile], list[Problem]]:
    """Read each document; a file that cannot be used is a :class:`Problem`, not an error.
    A file listed in its folder's manifest (same bytes) carries the URL it came from."""
    names = unique_names(paths)
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    first_of: dict[str, str] = {}
    origins = _manifests(paths, problems)
    for i, path in enumerate(paths, 1):
        if tick:
            tick("read", i, len(paths))
        try:
            source = read_source(path, names[path])
        except DocumentReadError as exc:
            problems.append(Problem(str(path), exc.reason))
            continue
        except (ValueError, RecursionError, MemoryError) as exc:  # a reader's slip is this file's problem only
            problems.append(Problem(str(path), f"not read ({type(exc).__name__}: {str(exc)[:200]})"))
            continue
        if not source.text.strip():
            problems.append(Problem(str(path), "empty file: no text to read"))
            continue
        if source.sha256 in first_of:
            problems.append(Problem(str(path), f"same text as {first_of[source.sha256]}: read once"))
            continue
        first_of[source.sha256] = source.name
        entry = origins.get(path)
        if entry is not None and entry.source_url and entry.sha256 == (source.file_sha256 or source.sha256):
            source = replace(source, source_url=entry.source_url)
        if source.name != path.name:
            problems.append(Problem(str(path), f"another corpus file is also named {path.name}: "
                                               f"this one is called {source.name}", "renamed"))
        sources.append(source)
    return sources, problems

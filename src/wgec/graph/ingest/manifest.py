"""A user's corpus folder and its manifest: what ``wgec add`` copied in, from where, when.

``manifest.json`` (in the corpus folder) lists each added file: its name in the
folder, its original name, the SHA-256 of its bytes, the URL it came from when
given, and the date it was added.  A file already there (same bytes) is not added
twice; a different file with a name already taken gets its digest in its name.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlparse

from wgec.errors import DataFileError, InputError
from wgec.files import write_atomic
from wgec.graph.ingest.formats import extract

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ManifestEntry:
    file: str  # name in the corpus folder
    original_name: str
    sha256: str
    added: str  # ISO date
    source_url: str | None = None


@dataclass
class AddResult:
    added: list[ManifestEntry]
    already: list[tuple[Path, str]]  # (file given, name it already has in the corpus)


def load_manifest(folder: Path) -> list[ManifestEntry]:
    """The entries of ``folder/manifest.json`` (none when there is no manifest yet)."""
    path = folder / MANIFEST
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [ManifestEntry(**entry) for entry in data["files"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError(path, None, f"not a wgec corpus manifest ({exc})") from exc


def _check_url(url: str | None) -> None:
    if url is None:
        return
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(c in url for c in ' <>"{}|\\^`'):
        raise InputError(f"--source {url!r}: not an http(s) URL")


def _free_name(folder: Path, name: str, digest: str, taken: set[str]) -> str:
    if name not in taken and not (folder / name).exists():
        return name
    stem, suffix = Path(name).stem, Path(name).suffix
    return f"{stem}-{digest[:8]}{suffix}"


def add_files(files: Sequence[Path], corpus_dir: Path, *, source_url: str | None = None,
              today: dt.date | None = None) -> AddResult:
    """Copy documents into ``corpus_dir`` and record them in its manifest.

    Every file is read with its format's reader first; if any cannot be read
    (unknown extension, encrypted PDF, binary...), :class:`InputError` names it and
    nothing is copied.
    """
    _check_url(source_url)
    payloads = []
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        raw = path.read_bytes()
        extract(path, raw)  # raises DocumentReadError (an InputError) naming the file and reason
        payloads.append((path, raw, hashlib.sha256(raw).hexdigest()))
    corpus_dir.mkdir(parents=True, exist_ok=True)
    entries = load_manifest(corpus_dir)
    known = {e.sha256: e.file for e in entries}
    taken = {e.file for e in entries}
    result = AddResult([], [])
    day = (today or dt.date.today()).isoformat()
    for path, raw, digest in payloads:
        if digest in known:
            result.already.append((path, known[digest]))
            continue
        name = _free_name(corpus_dir, path.name, digest, taken)
        write_atomic(corpus_dir / name, raw)
        entry = ManifestEntry(name, path.name, digest, day, source_url)
        entries.append(entry)
        result.added.append(entry)
        known[digest] = name
        taken.add(name)
    data = {"files": [asdict(e) for e in sorted(entries, key=lambda e: e.file)]}
    write_atomic(corpus_dir / MANIFEST, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return result

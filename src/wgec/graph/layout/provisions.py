"""The wording of the provisions WGEC documents quote most: Tunis Agenda paragraphs 34-35,
58 and 68-72, Geneva Declaration 49, resolution 70/125 paragraphs 64-65
(``graph/data/provisions.csv``), and how much of a passage reproduces one of them.

A passage matches a provision when most of its word trigrams are the provision's
(containment, not similarity: a passage may quote part of a long paragraph).  The
index maps each trigram to the provisions holding it, so a look-up reads the
passage once, whatever the number of provisions.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wgec.errors import DataFileError

WORD_RE = re.compile(r"[a-z0-9]+")
MIN_WORDS = 6  # a passage this short could match by chance ("responsive to innovation")


@dataclass(frozen=True)
class Provision:
    instrument: str  # gazetteer slug, e.g. "instrument/tunis-agenda"
    paragraph: int
    sub: str | None  # letter of a sub-item; None for the paragraph (its chapeau)
    text: str


@dataclass(frozen=True)
class ProvisionMatch:
    provision: Provision
    score: float  # share of the passage's trigrams found in the provision


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


@dataclass(frozen=True)
class ProvisionIndex:
    provisions: tuple[Provision, ...]
    index: dict[tuple[str, ...], tuple[int, ...]]

    def best(self, text: str, min_words: int = MIN_WORDS) -> ProvisionMatch | None:
        """The provision that holds most of ``text``'s trigrams (None if ``text`` has fewer than
        ``min_words`` words or shares none).

        >>> load_provisions().best("Publish its proceedings.", min_words=3).provision.sub
        'l'
        >>> load_provisions().best("Responsive to innovation") is None
        True
        """
        grams = _trigrams(text)
        if len(grams) < max(1, min_words - 2):
            return None
        counts: dict[int, int] = {}
        for gram in grams:
            for k in self.index.get(gram, ()):
                counts[k] = counts.get(k, 0) + 1
        if not counts:
            return None
        k = max(counts, key=lambda i: (counts[i], -i))
        return ProvisionMatch(self.provisions[k], counts[k] / len(grams))


@lru_cache(maxsize=1)
def load_provisions() -> ProvisionIndex:
    """The bundled provisions, indexed by trigram (read once)."""
    path = resources.files("wgec.graph") / "data" / "provisions.csv"
    provisions: list[Provision] = []
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    for n, row in enumerate(rows, 2):
        try:
            provisions.append(Provision(row["instrument"], int(row["paragraph"]), row["sub"] or None, row["text"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise DataFileError(str(path), n, f"bad provision row ({exc})") from exc
    index: dict[tuple[str, ...], list[int]] = {}
    for k, p in enumerate(provisions):
        for gram in _trigrams(p.text):
            index.setdefault(gram, []).append(k)
    return ProvisionIndex(tuple(provisions), {g: tuple(ks) for g, ks in index.items()})

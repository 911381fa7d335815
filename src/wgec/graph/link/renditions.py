"""Recognising renditions of one contribution (a Word and a PDF conversion, say) by
text similarity, and locating a passage of one rendition in another.

Similarity is shingle containment: the share of the smaller text's 5-word
shingles found in the other.  An inverted index over shingles keeps this
linear in corpus size instead of comparing every pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from wgec.graph.ingest.markup import clean_text

SHINGLE = 5
THRESHOLD = 0.6


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", clean_text(text).lower())


def shingles(text: str) -> set[int]:
    words = _words(text)
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))}


def similar_pairs(texts: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """(i, j, containment) for texts i < j that share at least ``threshold`` of the smaller one's shingles.

    >>> a = "the quick brown fox jumps over the lazy dog and runs far away from here"
    >>> b = "THE QUICK brown fox\\n\\njumps over the lazy dog and runs far away"
    >>> similar_pairs([a, b, "other text entirely here now"])
    [(0, 1, 1.0)]
    """
    sets = [shingles(t) for t in texts]
    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            index[h].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for docs in index.values():
        if len(docs) > 50:  # boilerplate shared by many documents
            continue
        for a in range(len(docs)):
            for b in range(a + 1, len(docs)):
                shared[(docs[a], docs[b])] += 1
    out = []
    for (i, j), n in sorted(shared.items()):
        smaller = min(len(sets[i]), len(sets[j]))
        score = n / smaller if smaller else 0.0
        if score >= threshold:
            out.append((i, j, round(score, 3)))
    return out


def group_renditions(count: int, pairs: list[tuple[int, int, float]]) -> list[list[int]]:
    """Connected groups of ``count`` texts linked by ``pairs`` (from :func:`similar_pairs`),
    singletons included, each sorted."""
    parent = list(range(count))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        groups[find(i)].append(i)
    return sorted(groups.values())


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-case words joined by single spaces, and each character's offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    for m in re.finditer(r"[A-Za-z0-9]+", text):
        if out:
            out.append(" ")
            offsets.append(m.start())
        for k, ch in enumerate(m.group(0)):
            out.append(ch.lower())
            offsets.append(m.start() + k)
    return "".join(out), offsets


class Locator:
    """Finds where a passage stands in a text, tolerating re-wrapped lines and small edits."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm, self.offsets = _normalized_with_map(text)

    def locate(self, passage: str, min_score: float = 85.0) -> tuple[int, int] | None:
        """(start, end) offsets in the text of the best match of ``passage``, or None."""
        needle, _ = _normalized_with_map(clean_text(passage))
        if not needle or not self.norm:
            return None
        pos = self.norm.find(needle)
        if pos != -1:
            return self.offsets[pos], self.offsets[pos + len(needle) - 1] + 1
        if len(needle) < 12:
            return None
        al = fuzz.partial_ratio_alignment(needle, self.norm, score_cutoff=min_score)
        if al is None or al.dest_end <= al.dest_start:
            return None
        start, end = al.dest_start, al.dest_end
        window = self.norm[start:end]
        first, last = needle.split(" ")[0], needle.split(" ")[-1]
        head = window.find(first, 0, max(len(first) + 20, 1))
        if head > 0:
            start += head
        tail = window.rfind(last)
        if tail != -1 and (al.dest_start + tail + len(last)) > start and len(window) - (tail + len(last)) < 20:
            end = al.dest_start + tail + len(last)
        return self.offsets[start], self.offsets[end - 1] + 1

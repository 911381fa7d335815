"""Quoted wording found among the proposals of the corpus: a commentary that writes
Japan's recommendation between quotation marks quotes that proposal; it does not make it.

A passage between quotation marks (“…” or "…", at least :data:`MIN_WORDS` words) quotes a
proposal when nearly all of its word 5-grams (:data:`MIN_CONTAINMENT`) stand in that
proposal's text: the quote may be a part of the proposal, and may differ by a word or by
punctuation.  The proposals are indexed once by their 5-grams (an inverted index), so each
quote is looked up in the grams it has, not compared with every proposal.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

QUOTE_RE = re.compile(r"“([^”\n]{20,3000})”|\"([^\"\n]{20,3000})\"")
WORD_RE = re.compile(r"\w+")
GRAM = 5
MIN_WORDS = 8
MIN_CONTAINMENT = 0.8


@dataclass(frozen=True)
class QuotedPassage:
    """The wording between a pair of quotation marks (offsets of the wording, marks excluded)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuoteMatch:
    passage: QuotedPassage
    proposal: str  # the key it was indexed under (an IRI)
    containment: float  # share of the quote's 5-grams in the proposal


def grams(text: str) -> set[tuple[str, ...]]:
    """The word 5-grams of ``text``, case-folded.  Not :func:`wgec.graph.link.renditions.shingles`:
    that one keeps only a sample of the runs of a long text, and a short quote must be compared
    with every run of the proposal it comes from.

    >>> sorted(grams("The IGF should be strengthened now"))[0]
    ('igf', 'should', 'be', 'strengthened', 'now')
    """
    words = WORD_RE.findall(text.casefold())
    return {tuple(words[i:i + GRAM]) for i in range(len(words) - GRAM + 1)}


def quoted_passages(text: str) -> Iterator[QuotedPassage]:
    """Passages of ``text`` between quotation marks, long enough to be a proposal's wording.

    >>> [p.text for p in quoted_passages('Japan writes that "All stakeholders should respect the roles of '
    ...                                  'the existing mechanisms." and "too short"')]
    ['All stakeholders should respect the roles of the existing mechanisms.']
    """
    for m in QUOTE_RE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        wording = m.group(group)
        if len(WORD_RE.findall(wording)) >= MIN_WORDS:
            yield QuotedPassage(m.start(group), m.end(group), wording)


class ProposalIndex:
    """Proposals by their 5-grams, to find the one a quote reproduces."""

    def __init__(self, proposals: Iterable[tuple[str, str]]) -> None:
        self._by_gram: dict[tuple[str, ...], list[str]] = {}
        for key, text in proposals:
            for gram in grams(text):  # a set: a key is listed once under each of its grams
                self._by_gram.setdefault(gram, []).append(key)

    def match(self, passage: QuotedPassage, exclude: frozenset[str] = frozenset()) -> QuoteMatch | None:
        """The proposal (not one of ``exclude``) holding most of the quote's 5-grams, if it holds
        at least :data:`MIN_CONTAINMENT` of them; ties go to the first key in order."""
        quote = grams(passage.text)
        if not quote:
            return None
        hits = Counter(key for gram in quote for key in self._by_gram.get(gram, ()) if key not in exclude)
        if not hits:
            return None
        key, count = min(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        share = count / len(quote)
        return QuoteMatch(passage, key, round(share, 3)) if share >= MIN_CONTAINMENT else None

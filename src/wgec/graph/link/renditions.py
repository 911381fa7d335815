"""Recognising renditions of one contribution (a Word and a PDF conversion, say) by
text similarity, and locating a passage of one rendition in another.

Two files are renditions of one contribution when the Jaccard similarity of their 5-word
shingles (shared shingles over all the shingles of both) is at least :data:`THRESHOLD`.
The measure is symmetric: a commentary that quotes seven recommendations of a rolling
document shares most of *its own* shingles with it (high containment) but few of the
rolling document's, so it is not taken for a copy.  Jaccard is at most the ratio of the
two lengths, so texts of very different lengths never merge.  Measured on the bundled
corpus (bodies, after the front matter): 000 ~ 003 (a contribution and its PDF text)
0.928, every other pair 0.058 or less; a PDF or Word rendering of a bundled text 0.98-1.0.

Two similar files that state different submitters, kinds or dates are not renditions
(a draft and the comments that retype it); the shingles of the questions any document
asks or answers are left out of the comparison (every response to a questionnaire repeats
them).  Every pair that is
merged, or that one text largely contains (containment at least :data:`RECORD_FROM`, over
at least :data:`MIN_SHARED` shingles), is a :class:`Decision` with its scores, for the graph
and the build report.  An inverted index over shingles keeps this
linear in corpus size instead of comparing every pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ParsedDocument

SHINGLE = 5
THRESHOLD = 0.6  # Jaccard at or above which two files render one contribution
RECORD_FROM = 0.5  # containment at or above which a pair kept apart is recorded all the same
COMMON = 20  # a shingle in more files than this is boilerplate (a questionnaire, a disclaimer), not evidence
QUESTION_RE = re.compile(r"(?:(?<=[.?!\n])|\A)[^.?!\n]+\?")  # from a sentence's start only: linear
MIN_SHARED = 20  # shingles two files must share for a pair kept apart to be recorded
SAMPLE_FROM = 20_000  # words; longer texts are compared on a content-defined sample of their runs
METHOD = f"shingle-jaccard-{SHINGLE}"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", clean_text(text).lower())


def shingles(text: str) -> set[int]:
    """Hashes of the text's runs of :data:`SHINGLE` words (lower case, markup and punctuation out).

    A text of more than :data:`SAMPLE_FROM` words keeps only the runs that start on a word whose
    length is a multiple of 3 (about a third): the choice depends on the words alone, so two
    copies of a text keep the same runs, and the Jaccard of the kept runs estimates the whole
    one (hashing every run of a 50 MB text costs minutes).

    >>> len(shingles("one two three four five six")), len(shingles("one two"))
    (2, 0)
    """
    words = _words(text)
    runs: Iterable[tuple[str, ...]] = zip(*(words[k:] for k in range(SHINGLE)), strict=False)  # short ends dropped
    if len(words) > SAMPLE_FROM:
        runs = (run for run in runs if len(run[0]) % 3 == 0)
    return set(map(hash, runs))


@dataclass(frozen=True)
class Comparison:
    """How much texts ``i`` < ``j`` share: Jaccard, containment of the smaller, length ratio."""

    i: int
    j: int
    shared: int
    jaccard: float
    containment: float
    length_ratio: float


def compare(texts: list[str], record_from: float = RECORD_FROM, threshold: float = THRESHOLD,
            ignore: set[int] | frozenset[int] = frozenset()) -> list[Comparison]:
    """Every pair of ``texts`` whose Jaccard reaches ``threshold`` or whose containment
    reaches ``record_from``, in order; shingles in ``ignore`` do not count.

    >>> a = "the quick brown fox jumps over the lazy dog and runs far away from here"
    >>> b = "THE QUICK brown fox\\n\\njumps over the lazy dog and runs far away"
    >>> [(c.i, c.j, c.jaccard, c.containment) for c in compare([a, b, "other text entirely here now"])]
    [(0, 1, 0.818, 1.0)]
    """
    sets = [shingles(t) - ignore for t in texts]
    seen: set[int] = set()
    repeated: set[int] = set()  # shingles of two files or more: only they can link files (set operations, in C)
    for s in sets:
        repeated |= s & seen
        seen |= s
    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s & repeated:
            index[h].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for docs in index.values():
        if len(docs) > COMMON:
            continue
        for a in range(len(docs)):
            for b in range(a + 1, len(docs)):
                shared[(docs[a], docs[b])] += 1
    out = []
    for (i, j), n in sorted(shared.items()):
        small, large = sorted((len(sets[i]), len(sets[j])))
        jaccard, containment = n / (small + large - n), n / small
        if jaccard >= threshold or containment >= record_from:
            out.append(Comparison(i, j, n, round(jaccard, 3), round(containment, 3), round(small / large, 3)))
    return out


def similar_pairs(texts: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """(i, j, Jaccard) for texts i < j similar enough to be renditions of one text.

    >>> a = "the quick brown fox jumps over the lazy dog and runs far away from here"
    >>> b = "THE QUICK brown fox\\n\\njumps over the lazy dog and runs far away"
    >>> similar_pairs([a, b, "other text entirely here now"])
    [(0, 1, 0.818)]
    """
    return [(c.i, c.j, c.jaccard) for c in compare(texts, 1.1, threshold) if c.jaccard >= threshold]


@dataclass(frozen=True)
class Decision:
    """Whether two parsed files render one contribution, and why."""

    first: ParsedDocument
    second: ParsedDocument
    comparison: Comparison
    merged: bool
    reason: str


def _conflict(a: ParsedDocument, b: ParsedDocument) -> str | None:
    """What the two front matters state differently (submitters, kind, date), if anything."""
    names_a, names_b = ({n.name.lower() for n in d.submitters} for d in (a, b))
    if names_a and names_b and not names_a & names_b:
        return f"different submitters ({', '.join(sorted(names_a))} / {', '.join(sorted(names_b))})"
    if a.date and b.date and a.date != b.date:
        return f"different dates ({a.date.isoformat()} / {b.date.isoformat()})"
    kinds = {a.kind, b.kind} - {None, "submission"}
    if len(kinds) > 1:
        return f"different kinds ({' / '.join(sorted(k for k in kinds if k))})"
    return None


def decide(docs: list[ParsedDocument], threshold: float = THRESHOLD) -> list[Decision]:
    """The rendition decision of every pair of ``docs`` worth recording (see the module docstring),
    compared on their bodies: the UN cover, title and disclaimer every contribution shares are not evidence."""
    decisions: list[Decision] = []
    if len(docs) < 2:
        return decisions  # nothing to compare (a corpus of one large document: no shingling of it)
    asked = {h for d in docs for q in asked_questions(d) for h in shingles(q)}  # every response repeats them
    for c in compare([d.body_text() for d in docs], RECORD_FROM, threshold, ignore=asked):
        a, b = docs[c.i], docs[c.j]
        if c.jaccard < threshold and c.shared < MIN_SHARED:
            continue  # a sentence or two in common: not worth a line
        conflict = _conflict(a, b) if c.jaccard >= threshold else None
        if c.jaccard >= threshold and conflict is None:
            reason = f"renditions of one text (Jaccard {c.jaccard:.3f} >= {threshold})"
            decisions.append(Decision(a, b, c, True, reason))
        elif conflict is not None:
            decisions.append(Decision(a, b, c, False, f"similar text (Jaccard {c.jaccard:.3f}) but {conflict}"))
        else:
            decisions.append(Decision(a, b, c, False, f"one contains the other ({c.containment:.3f} of the smaller) "
                                                      f"but they differ (Jaccard {c.jaccard:.3f} < {threshold}): "
                                                      f"a quotation or commentary is not a copy"))
    return decisions


def asked_questions(doc: ParsedDocument) -> list[str]:
    """The questions a document asks or answers: those the layout found, and every sentence of
    its text that ends with a question mark.

    >>> from wgec.graph.ingest.source import SourceFile
    >>> asked_questions(ParsedDocument(SourceFile.from_text("q.txt", "1. Why now? Because.\\n"), "unrecognised"))
    ['Why now?']
    """
    return [q.text for q in doc.questions] + [m.group(0).strip() for m in QUESTION_RE.finditer(doc.source.text)]


def merged_pairs(decisions: list[Decision], docs: list[ParsedDocument]) -> list[tuple[int, int, float]]:
    """(i, j, Jaccard) of the merged decisions, as indexes of ``docs``, for :func:`group_renditions`."""
    position = {id(d): k for k, d in enumerate(docs)}
    return [(position[id(x.first)], position[id(x.second)], x.comparison.jaccard) for x in decisions if x.merged]


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

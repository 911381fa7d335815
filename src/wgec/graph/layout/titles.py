"""A document's title when no UN cover frames it: the first heading-like line of the front
matter that is not letterhead, furniture, a field, a date or a bare kind word ("NOTICE"),
with the lines that continue it.

A Markdown heading or a bold line wins over a plain line; an organisation's name standing
alone above another candidate is its letterhead, not the title.  With no candidate, the
e-mail "Subject:" is the title; with none either, there is no title (the graph never
makes one up from the file name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import META_RE, classify_line
from wgec.graph.layout.boilerplate import is_doctype, is_furniture, is_letterhead, plain
from wgec.graph.layout.datelines import date_line, labelled_date
from wgec.graph.layout.fields import BYLINE_RE, FIELD_RE, SourceLine
from wgec.graph.layout.names import looks_like_organization

TITLE_MAX_WORDS = 30
OPEN_END_RE = re.compile(r"\b(?:the|of|to|and|or|a|an|that|which|with|in|on|by|for|from)$", re.I)
LINE_MAX_WORDS = 20


@dataclass(frozen=True)
class Title:
    text: str
    start: int
    end: int
    lines: tuple[int, ...]


def is_title_like(text: str) -> bool:
    """A short line that starts with a capital (or a quote or digit), no list marker, not a
    sentence of running text.

    >>> is_title_like("**Views on enhanced cooperation**"), is_title_like("We believe that the IGF works.")
    (True, False)
    """
    words = plain(text)
    if not words or len(words.split()) > LINE_MAX_WORDS or not (words[0].isupper() or words[0] in "“\"'‘0123456789"):
        return False
    if words.endswith((";", ",")) or words.endswith(".") and len(words.split()) > 3:
        return False
    return classify_line(text)[0] not in ("item", "numbered-title", "meta", "table", "toc", "footnote")


def _skipped(text: str) -> bool:
    return bool(not text.strip() or is_letterhead(text) or is_furniture(text) or is_doctype(text)
                or FIELD_RE.match(text) or META_RE.match(text) or labelled_date(text) or date_line(text)
                or BYLINE_RE.match(text))


def _emphasised(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("#") or (stripped.startswith("**") and stripped.rstrip(" :").endswith("**"))


def find_title(lines: list[SourceLine], first: int, last: int) -> Title | None:
    """The title among lines ``first..last`` (see the module docstring).

    >>> find_title([(1, 0, "Internet Society"), (2, 17, ""), (3, 18, "Submission on enhanced"),
    ...             (4, 41, "cooperation"), (5, 53, "By Jane Roe")], 1, 5).text
    'Submission on enhanced cooperation'
    """
    candidates = [n for n in range(first, last + 1) if _candidate(lines, n, last)]
    if not candidates:
        return None
    emphasised = [n for n in candidates if _emphasised(lines[n - 1][2])]
    pick = emphasised[0] if emphasised else candidates[0]
    head = plain(lines[pick - 1][2])
    if len(candidates) > 1 and pick == candidates[0] and looks_like_organization(head) and len(head.split()) <= 10:
        pick = candidates[1]  # an organisation's name above the title is its letterhead
    return _paragraph_title(lines, pick, last)


def _candidate(lines: list[SourceLine], n: int, last: int) -> bool:
    """Line ``n`` may open the title: title-like, and its paragraph is short, not a sentence."""
    text = lines[n - 1][2]
    if _skipped(text) or not is_title_like(text) or n > 1 and lines[n - 2][2].strip() and \
            not _skipped(lines[n - 2][2]):
        return False  # not the first line of its paragraph
    para = _paragraph(lines, n, last)
    words = " ".join(plain(lines[k - 1][2]) for k in para)
    return len(words.split()) <= TITLE_MAX_WORDS and not (words.endswith(".") and len(words.split()) > 12) \
        and not OPEN_END_RE.search(words)  # "... should continue to": wrapped running text


def _paragraph(lines: list[SourceLine], n: int, last: int) -> list[int]:
    """Line ``n`` and the non-blank lines under it, up to a field, date or furniture line."""
    used = [n]
    k = n + 1
    while k <= last and lines[k - 1][2].strip() and not _skipped(lines[k - 1][2]) and \
            classify_line(lines[k - 1][2])[0] not in ("item", "table", "toc", "footnote"):
        used.append(k)
        k += 1
    return used


def _paragraph_title(lines: list[SourceLine], n: int, last: int) -> Title:
    used = _paragraph(lines, n, last)
    text = clean_text(" ".join(plain(lines[i - 1][2]) for i in used))
    start_line, end_line = lines[used[0] - 1], lines[used[-1] - 1]
    start = start_line[1] + start_line[2].find(start_line[2].strip())
    end = end_line[1] + len(end_line[2].rstrip())
    return Title(text, start, end, tuple(used))

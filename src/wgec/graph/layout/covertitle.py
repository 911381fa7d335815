"""The title under a cover line ("Working Group on Enhanced Cooperation"): the paragraphs between
it and "Submitted by" (or a field, a date, metadata, the body's first item or heading), joined
as one title when a paragraph ends mid-phrase."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import META_RE, SECTION_NAME_RE, classify_line
from wgec.graph.layout.boilerplate import is_furniture
from wgec.graph.layout.datelines import date_line, labelled_date
from wgec.graph.layout.fields import FIELD_RE
from wgec.graph.layout.model import ParsedDocument

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text), as SourceFile.lines() gives them
# a title paragraph that ends mid-phrase goes on in the next: "... of the" / "WGEC"
OPEN_END_RE = re.compile(r"\b(?:the|of|on|to|for|and|in|at|by|with|a|an|from|its|their)$", re.I)
Paragraph = list[tuple[int, int, str]]  # (start, end, text) of each of its lines

COVER_RE = re.compile(r"\W*Working Group on Enhanced Cooperation\W*", re.I)
SUBMITTED_BY_RE = re.compile(r"^\W*+Submitted\s+(?:jointly\s+)?by\b\s*(.*)$", re.I)  # "Submitted jointly by A, B and C"
DISCLAIMER_RE = re.compile(r"^\s*DISCLAIMER\b", re.I)
CONTENTS_RE = re.compile(r"^\s*(Abstract|Table of Contents)\s*$")


def read_cover_title(doc: ParsedDocument, lines: list[SourceLine], cover: int) -> tuple[int, int | None]:
    """The title: the paragraphs between the cover line and "Submitted by" (or what else ends
    them).  Returns the line after the title and the line where metadata lines may start."""
    parts, meta_from = _title_paragraphs(lines[cover:])
    parts = [p for p in parts if not _furniture(p)]  # "Third meeting, Geneva, 3-5 May"
    parts = _lead(lines, cover) + parts
    if not parts:
        return cover + 1, meta_from
    doc.title = join_title([t for t in (clean_text(" ".join(x[2] for x in p)) for p in parts) if t])
    doc.title_span = (parts[0][0][0], parts[-1][-1][1])
    return doc.source.line_of(doc.title_span[1] - 1) + 1, meta_from  # the body follows the title


def _lead(lines: list[SourceLine], cover: int) -> list[Paragraph]:
    """A title page's short line ending mid-phrase over the cover line ("Submission to the" / "Working Group on
    Enhanced Cooperation" / "on" / "public policy issues ..."): it opens the title and the cover line goes on
    with it."""
    k = cover - 1
    while k >= 1 and not lines[k - 1][2].strip():
        k -= 1
    if k < 1 or k > 1 and lines[k - 2][2].strip():
        return []  # nothing above, or the last line of a longer paragraph
    _, off, text = lines[k - 1]
    if len(text.split()) > 6 or not OPEN_END_RE.search(clean_text(text)) or _ends_title(text):
        return []
    _, cover_off, cover_text = lines[cover - 1]
    return [[(off, off + len(text.rstrip()), text)], [(cover_off, cover_off + len(cover_text.rstrip()), cover_text)]]


def _title_paragraphs(lines: list[SourceLine]) -> tuple[list[Paragraph], int | None]:
    """The paragraphs of the title, and the line that ended them if it may open metadata."""
    paras: list[Paragraph] = [[]]
    for n, off, text in lines:
        if _ends_title(text):
            return [p for p in paras if p], n
        if not paras[-1] and len(paras) > 1 and (_opens_body(text) or SECTION_NAME_RE.match(text)
                                                 and not all(_furniture(p) for p in paras if p)):
            break  # a numbered item or a heading after the title paragraphs, a part's name after the title's
        if text.strip():
            paras[-1].append((off, off + len(text.rstrip()), text))
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p], None


def _furniture(paragraph: Paragraph) -> bool:
    """A paragraph of furniture, as a whole or line by line (a meeting's name, its dates and its venue)."""
    return is_furniture(" ".join(x[2] for x in paragraph)) or all(is_furniture(x[2]) for x in paragraph)


def _ends_title(text: str) -> bool:
    """A "Submitted by", disclaimer, metadata, "Abstract" or "Table of Contents" line."""
    return bool(SUBMITTED_BY_RE.match(text) or DISCLAIMER_RE.match(text) or META_RE.match(text)
                or CONTENTS_RE.match(text) or FIELD_RE.match(text) or labelled_date(text) or date_line(text))


def _opens_body(text: str) -> bool:
    """A numbered item or a heading (not a bold title line)."""
    return classify_line(text)[0] in ("item", "numbered-title", "heading") and "**" not in text


def join_title(parts: list[str]) -> str:
    """Title paragraphs joined by ": ", unless one ends mid-phrase ("... of the" / "WGEC", as a
    Word file splits a wrapped bold title).

    >>> join_title(["Proposals of Draft Recommendations", "Rolling Document"])
    'Proposals of Draft Recommendations: Rolling Document'
    >>> join_title(["Contribution to the questions of the", "WGEC"])
    'Contribution to the questions of the WGEC'
    """
    out = ""
    for part in parts:
        if not out:
            out = part
        elif OPEN_END_RE.search(out) or part[:1].islower():
            out = f"{out} {part}"
        else:
            out = f"{out}: {part}"
    return out

"""The front matter of a document: the UN CSTD cover, the title, "Submitted by" lines,
the disclaimer and e-mail style "From:/Date:/Subject:" lines."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import META_RE, classify_line
from wgec.graph.layout.dates import parse_date
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.layout.names import represented, split_behalf

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text), as SourceFile.lines() gives them
Paragraph = list[tuple[int, int, str]]  # (start, end, text) of each of its lines

COVER_RE = re.compile(r"\W*Working Group on Enhanced Cooperation\W*", re.I)
SUBMITTED_BY_RE = re.compile(r"^\W*Submitted\s+by\b\s*(.*)$", re.I)
DISCLAIMER_RE = re.compile(r"^\s*DISCLAIMER\b", re.I)
CONTENTS_RE = re.compile(r"^\s*(Abstract|Table of Contents)\s*$")
# "Contribution of X to ...", "Submission from X on ...", "Comments by X": the title names the submitter
TITLE_BY_RE = re.compile(
    r"^(?:Joint\s+)?(?:Contributions?|Submissions?|Inputs?|Comments|Responses?|Views|Statements?)"
    r"\s+(?:of|from|by)\s+(?P<who>(?!draft\b|the\s+(?:draft|working|WGEC)\b).+?)"
    r"(?=\s+(?:to\s+the|to\s+(?:WGEC|CSTD)|on\s+(?:the|enhanced|Internet)|for\s+the\s+(?:\w+\s+)?(?:meeting|session|WGEC)|"
    r"regarding|concerning|in\s+response|in\s+preparation)\b|\s*[:;]|$)", re.I)


def parse_header(doc: ParsedDocument) -> int:
    """Read title, submitters, From/Date lines; return the first body line."""
    lines = doc.source.lines()
    body_first, meta_from = 1, None  # meta_from: where e-mail style "Date:"/"From:" lines may start
    cover = next((n for n, _, t in lines[:15] if COVER_RE.fullmatch(t.strip())), None)
    if cover is not None:
        body_first, meta_from = _read_title(doc, lines, cover)
    submitted = next(((n, m) for n, _, t in lines[:40] if (m := SUBMITTED_BY_RE.match(t))), None)
    if submitted is not None:
        body_first = max(body_first, _read_submitted_by(doc, lines, *submitted))
    disclaimer = next((n for n, _, t in lines if DISCLAIMER_RE.match(t)), None)
    if disclaimer is not None:
        body_first = max(body_first, _disclaimer_end(lines, disclaimer) + 1)
    body_first = _read_meta_lines(doc, lines, meta_from if meta_from is not None else body_first, body_first)
    if not doc.submitters and doc.title and doc.title_span:
        _submitters_from_title(doc)
    return body_first


def _read_title(doc: ParsedDocument, lines: list[SourceLine], cover: int) -> tuple[int, int | None]:
    """The title: the paragraphs between the cover line and "Submitted by" (or what else ends
    them).  Returns the line after the title and the line where metadata lines may start."""
    parts, meta_from = _title_paragraphs(lines[cover:])
    if not parts:
        return cover + 1, meta_from
    doc.title = ": ".join(t for t in (clean_text(" ".join(x[2] for x in p)) for p in parts) if t)
    doc.title_span = (parts[0][0][0], parts[-1][-1][1])
    return doc.source.line_of(doc.title_span[1] - 1) + 1, meta_from  # the body follows the title


def _title_paragraphs(lines: list[SourceLine]) -> tuple[list[Paragraph], int | None]:
    """The paragraphs of the title, and the line that ended them if it may open metadata."""
    paras: list[Paragraph] = [[]]
    for n, off, text in lines:
        if _ends_title(text):
            return [p for p in paras if p], n
        if not paras[-1] and len(paras) > 1 and _opens_body(text):
            break  # a numbered item or a heading after the title paragraphs: the body has begun
        if text.strip():
            paras[-1].append((off, off + len(text.rstrip()), text))
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p], None


def _ends_title(text: str) -> bool:
    """A "Submitted by", disclaimer, metadata, "Abstract" or "Table of Contents" line."""
    return bool(SUBMITTED_BY_RE.match(text) or DISCLAIMER_RE.match(text) or META_RE.match(text)
                or CONTENTS_RE.match(text))


def _opens_body(text: str) -> bool:
    """A numbered item or a heading (not a bold title line)."""
    return classify_line(text)[0] in ("item", "numbered-title", "heading") and "**" not in text


def _read_submitted_by(doc: ParsedDocument, lines: list[SourceLine], n: int, m: re.Match[str]) -> int:
    """Submitters from line ``n`` ("Submitted by X", maybe wrapped) or, when the line ends there,
    from the paragraph under it.  Returns the line after the names."""
    source = doc.source
    if m.group(1).strip(" *"):
        line = source.line_text(n)
        at = line.find(m.group(1))
        more, k = _paragraph_lines(lines, n + 1)
        names = [(source.line_starts[n - 1] + at, line[at:]), *more]
    else:
        k = n + 1
        while k <= len(lines) and not lines[k - 1][2].strip():
            k += 1
        names, k = _paragraph_lines(lines, k)
    if names:
        start = names[0][0]
        end = names[-1][0] + len(names[-1][1].rstrip())
        raw = source.text[start:end].replace("*", " ").replace("\n", " ")
        doc.submitters, doc.on_behalf_of = split_behalf(raw, start)
    return k


def _paragraph_lines(lines: list[SourceLine], k: int) -> tuple[list[tuple[int, str]], int]:
    """(offset, text) of lines ``k``, ``k + 1``... up to a blank, disclaimer or metadata line,
    and the number of that line."""
    out: list[tuple[int, str]] = []
    while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
            and not META_RE.match(lines[k - 1][2]):
        out.append((lines[k - 1][1], lines[k - 1][2]))
        k += 1
    return out, k


def _disclaimer_end(lines: list[SourceLine], disclaimer: int) -> int:
    """The last line of the disclaimer: a disclaimer may wrap over several lines, its whole paragraph."""
    end = disclaimer
    while end < len(lines) and lines[end][2].strip() and \
            classify_line(lines[end][2])[0] not in ("meta", "item", "heading"):
        end += 1
    return end


def _read_meta_lines(doc: ParsedDocument, lines: list[SourceLine], k: int, body_first: int) -> int:
    """E-mail style metadata from line ``k`` on: anywhere in the front matter (after the title,
    around the disclaimer) and right after it.  The body starts after the last such line."""
    while k <= len(lines):
        _, offset, text = lines[k - 1]
        kind = classify_line(text)[0]
        if kind == "meta":
            _read_meta_field(doc, k, offset, text)
            body_first = max(body_first, k + 1)
        elif kind != "blank" and k >= body_first:
            break
        k += 1
    return body_first


def _read_meta_field(doc: ParsedDocument, line: int, offset: int, text: str) -> None:
    """A "From:" line names the submitters (unless known), "Date:" dates the document, "Subject:" its subject."""
    m = META_RE.match(text)
    if m is None:
        return
    field_name, value = m.group(1).lower(), m.group(2).strip()
    value_start = offset + text.find(value) if value else offset
    if field_name == "from" and not doc.submitters and value:
        doc.submitters, doc.on_behalf_of = split_behalf(re.sub(r"<[^>]*>", "", value), value_start)
    elif field_name == "date" and value:
        doc.date = parse_date(value)
        if doc.date is None:
            doc.warnings.append(f"{doc.source.name}:{line}: date {value!r} not understood")
    elif field_name == "subject":
        doc.subject = value


def _submitters_from_title(doc: ParsedDocument) -> None:
    """With no "Submitted by" or "From:" line, a title such as "Contribution of the Republic of
    Korea to the WGEC" still says who submitted the document (said in a warning)."""
    m = TITLE_BY_RE.match(doc.title or "")
    if m is None or doc.title_span is None:
        return
    who = m.group("who")
    start, end = doc.title_span
    at = doc.source.text.find(who, start, end)
    doc.submitters = represented(who, at if at >= 0 else start)
    if doc.submitters:
        doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(start)}: no 'Submitted by' line; "
                            f"submitters read from the title: {', '.join(a.name for a in doc.submitters)}")

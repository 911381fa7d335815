"""The front matter of a document: the UN CSTD cover, the title, "Submitted by" lines,
the disclaimer and e-mail style "From:/Date:/Subject:" lines."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import META_RE, classify_line
from wgec.graph.layout.dates import parse_date
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.layout.names import represented, split_behalf

SUBMITTED_BY_RE = re.compile(r"^\W*Submitted\s+by\b\s*(.*)$", re.I)
DISCLAIMER_RE = re.compile(r"^\s*DISCLAIMER\b", re.I)
# "Contribution of X to ...", "Submission from X on ...", "Comments by X": the title names the submitter
TITLE_BY_RE = re.compile(
    r"^(?:Joint\s+)?(?:Contributions?|Submissions?|Inputs?|Comments|Responses?|Views|Statements?)"
    r"\s+(?:of|from|by)\s+(?P<who>(?!draft\b|the\s+(?:draft|working|WGEC)\b).+?)"
    r"(?=\s+(?:to\s+the|to\s+(?:WGEC|CSTD)|on\s+(?:the|enhanced|Internet)|for\s+the\s+(?:\w+\s+)?(?:meeting|session|WGEC)|"
    r"regarding|concerning|in\s+response|in\s+preparation)\b|\s*[:;]|$)", re.I)


def parse_header(doc: ParsedDocument) -> int:
    """Read title, submitters, From/Date lines; return the first body line."""
    source = doc.source
    lines = source.lines()
    body_first = 1
    disclaimer = next((n for n, _, t in lines if DISCLAIMER_RE.match(t)), None)
    wg_line = next((n for n, _, t in lines[:15]
                    if re.fullmatch(r"\W*Working Group on Enhanced Cooperation\W*", t.strip(), re.I)), None)
    submitted = next(((n, m) for n, _, t in lines[:40] if (m := SUBMITTED_BY_RE.match(t))), None)
    meta_from = None  # where e-mail style "Date:"/"From:" lines may start
    if wg_line is not None:  # the title: the paragraphs between the cover and "Submitted by"
        paras: list[list[tuple[int, int, str]]] = [[]]
        for n, off, text in lines[wg_line:]:
            if SUBMITTED_BY_RE.match(text) or DISCLAIMER_RE.match(text) or META_RE.match(text) or \
                    re.match(r"^\s*(Abstract|Table of Contents)\s*$", text):
                meta_from = n
                break
            if not paras[-1] and classify_line(text)[0] in ("item", "numbered-title", "heading") and "**" not in text \
                    and len(paras) > 1:
                break  # a numbered item or a heading after the title paragraphs: the body has begun
            if text.strip():
                paras[-1].append((off, off + len(text.rstrip()), text))
            elif paras[-1]:
                paras.append([])
        parts = [p for p in paras if p]
        if parts:
            doc.title = ": ".join(t for t in (clean_text(" ".join(x[2] for x in p)) for p in parts) if t)
            doc.title_span = (parts[0][0][0], parts[-1][-1][1])
            body_first = source.line_of(doc.title_span[1] - 1) + 1  # the body follows the title
        else:
            body_first = wg_line + 1
    if submitted is not None:
        n, m = submitted
        off = source.line_starts[n - 1]
        rest = m.group(1).strip(" *")
        if rest:
            block_start = off + source.line_text(n).find(m.group(1))
            block_lines = [(block_start, source.line_text(n)[source.line_text(n).find(m.group(1)):])]
            k = n + 1
            while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
                    and not META_RE.match(lines[k - 1][2]):
                block_lines.append((lines[k - 1][1], lines[k - 1][2]))
                k += 1
        else:
            k = n + 1
            while k <= len(lines) and not lines[k - 1][2].strip():
                k += 1
            block_lines = []
            while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
                    and not META_RE.match(lines[k - 1][2]):
                block_lines.append((lines[k - 1][1], lines[k - 1][2]))
                k += 1
        if block_lines:
            start = block_lines[0][0]
            end = block_lines[-1][0] + len(block_lines[-1][1].rstrip())
            raw = source.text[start:end].replace("*", " ").replace("\n", " ")
            doc.submitters, doc.on_behalf_of = split_behalf(raw, start)
        body_first = max(body_first, k)
    if disclaimer is not None:
        end = disclaimer  # a disclaimer may wrap over several lines: its whole paragraph
        while end < len(lines) and lines[end][2].strip() and \
                classify_line(lines[end][2])[0] not in ("meta", "item", "heading"):
            end += 1
        body_first = max(body_first, end + 1)
    # e-mail style metadata anywhere in the front matter (after the title, around the
    # disclaimer) and right after it; the body starts after the last such line
    k = meta_from if meta_from is not None else body_first
    while k <= len(lines):
        text = lines[k - 1][2]
        kind = classify_line(text)[0]
        if kind != "meta":
            if kind != "blank" and k >= body_first:
                break
            k += 1
            continue
        m = re.match(r"^\s*(\w[\w .]*?)\s*:\s*(.*)$", text)
        assert m is not None
        field_name, value = m.group(1).lower(), m.group(2).strip()
        value_start = lines[k - 1][1] + text.find(value) if value else lines[k - 1][1]
        if field_name == "from" and not doc.submitters and value:
            doc.submitters, doc.on_behalf_of = split_behalf(re.sub(r"<[^>]*>", "", value), value_start)
        elif field_name == "date" and value:
            doc.date = parse_date(value)
            if doc.date is None:
                doc.warnings.append(f"{source.name}:{k}: date {value!r} not understood")
        elif field_name == "subject":
            doc.subject = value
        k += 1
        body_first = max(body_first, k)
    if not doc.submitters and doc.title and doc.title_span:
        _submitters_from_title(doc)
    return body_first


def _submitters_from_title(doc: ParsedDocument) -> None:
    """With no "Submitted by" or "From:" line, a title such as "Contribution of the Republic of
    Korea to the WGEC" still says who submitted the document (said in a warning)."""
    m = TITLE_BY_RE.match(doc.title or "")
    if m is None:
        return
    who = m.group("who")
    start, end = doc.title_span  # type: ignore[misc]
    at = doc.source.text.find(who, start, end)
    doc.submitters = represented(who, at if at >= 0 else start)
    if doc.submitters:
        doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(start)}: no 'Submitted by' line; "
                            f"submitters read from the title: {', '.join(a.name for a in doc.submitters)}")

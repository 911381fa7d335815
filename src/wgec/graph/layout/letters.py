"""A cover letter before the document it sends: "Dear Ambassador ...," then the letter, a
closing ("Sincerely,", "Yours faithfully,") and the signature (a name, then the signer's
position), and only then the document's own title and text.

The letter is front matter: its addressee block is not the title (the title is looked for
after the signature), its paragraphs are not proposals, and its signer is the person who
delivered the contribution for the organisation that submits it (``delivered_by``), not a
second submitter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ActorName
from wgec.graph.layout.names import PERSON_TITLE_RE, looks_like_person

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text)
SALUTATION_RE = re.compile(r"^(?:Dear|Excellency|Excellencies|Your\s+Excellency|To\s+whom)\b", re.I)
CLOSING_RE = re.compile(
    r"^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm|"
    r"warmest|kindest)\s+regards|regards|best\s+wishes)\s*,?$", re.I)
LETTER_MAX_LINES = 60  # a cover letter starts this near the top, and closes within as many lines
SIGNATURE_MAX_LINES = 4


@dataclass(frozen=True)
class Letter:
    salutation: int  # line numbers, from 1
    closing: int
    end: int  # the last line of the signature
    signer: ActorName | None


def cover_letter(lines: list[SourceLine]) -> Letter | None:
    """The cover letter at the top of ``lines``, if there is one.

    >>> text = ["ITI", "", "Dear Ambassador,", "", "We send our views.", "", "Sincerely,", "", "Jane Smith",
    ...         "Vice President, Global Policy", "", "ITI views on the WGEC"]
    >>> rows, at = [], 0
    >>> for n, t in enumerate(text, 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> letter = cover_letter(rows)
    >>> letter.end, letter.signer.name, letter.signer.title
    (10, 'Jane Smith', 'Vice President, Global Policy')
    """
    top = lines[:LETTER_MAX_LINES]
    salutation = next((n for n, _, t in top if SALUTATION_RE.match(clean_text(t))), None)
    if salutation is None:
        return None
    closing = next((n for n, _, t in lines[salutation:salutation + LETTER_MAX_LINES]
                    if CLOSING_RE.match(clean_text(t))), None)
    if closing is None:
        return None
    signature = _signature(lines, closing)
    if not signature:
        return Letter(salutation, closing, closing, None)
    return Letter(salutation, closing, signature[-1][0], _signer(signature))


def _signature(lines: list[SourceLine], closing: int) -> list[SourceLine]:
    """The short lines under the closing, up to the first blank after them."""
    k = closing
    while k < len(lines) and not lines[k][2].strip():
        k += 1
    out: list[SourceLine] = []
    while k < len(lines) and lines[k][2].strip() and len(out) < SIGNATURE_MAX_LINES:
        text = clean_text(lines[k][2])
        if len(text.split()) > 12 or text.endswith("."):
            break
        out.append(lines[k])
        k += 1
    return out


def _signer(signature: list[SourceLine]) -> ActorName | None:
    """The person who signs: the first line when it is a personal name; the lines under it give
    the position."""
    n, offset, text = signature[0]
    name = clean_text(text).strip(" ,")
    if not (looks_like_person(name) or PERSON_TITLE_RE.match(name)):
        return None
    start = offset + text.find(name)
    title = ", ".join(clean_text(t).strip(" ,") for _, _, t in signature[1:]) or None
    return ActorName(name, start, start + len(name), title=title, kind="Person")

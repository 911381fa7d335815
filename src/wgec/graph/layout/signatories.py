"""The organisations or people that sign a joint statement, listed at its end under "Signed by:",
"Endorsing organisations:" or the like (one a line, bulleted or not, or separated by commas or
semicolons): each is a co-submitter of the statement.
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.datelines import date_line
from wgec.graph.layout.letters import CLOSING_RE
from wgec.graph.layout.model import ActorKind, ActorName
from wgec.graph.layout.names import PERSON_TITLE_RE, POSITION_RE, looks_like_person

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text)

SIGNED_RE = re.compile(
    r"^\W*+(?:signed\s+by|signatories|signatory\s+organi[sz]ations|endorsed\s+by|endorsing\s+organi[sz]ations|"
    r"co-?signed\s+by|supported\s+by|list\s+of\s+signatories)\s*:?\W*$", re.I)
# "We, the undersigned civil society organisations", "a coalition of civil society organisations": the signatories
# are organisations
UNDERSIGNED_RE = re.compile(r"\b(?:undersigned|signatory|following|coalition\s+of)\s+(?:[\w-]+\s+){0,3}?"
                            r"organi[sz]ations\b", re.I)
SIGNATORIES_TAIL = 80  # lines from the end in which the list of signatories is looked for
SIGNATORY_MAX_WORDS = 12


def signatories(lines: list[SourceLine]) -> tuple[list[ActorName], int] | None:
    """The names listed under "Signed by:" at the end of a joint statement (one a line, bulleted or
    not, or separated by commas or semicolons), and the line of "Signed by:"; None when there is
    no such list.  Each signatory is a co-submitter of the statement.

    >>> rows, at = [], 0
    >>> for n, t in enumerate(["We call for openness.", "", "Signed by:", "", "- Access Now",
    ...                        "ARTICLE 19; Global Partners Digital"], 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> names, line = signatories(rows)
    >>> [a.name for a in names], line
    (['Access Now', 'ARTICLE 19', 'Global Partners Digital'], 3)
    """
    start = max(0, len(lines) - SIGNATORIES_TAIL)
    heading = next((n for n, _, t in reversed(lines[start:]) if SIGNED_RE.match(clean_text(t))), None)
    closing = next((n for n, _, t in reversed(lines[start:]) if CLOSING_RE.match(clean_text(t))), None)
    if heading is None and closing is None:
        return None
    organisations = any(UNDERSIGNED_RE.search(t) for _, _, t in lines)
    names = _listed(lines, heading or closing or 0, organisations)
    if heading is None and (len(names) < 3 or any(POSITION_RE.match(a.name) for a in names)):
        return None  # after "Yours sincerely,": the names of several who sign, not one signer's name and title
    return (names, heading or closing) if names else None  # type: ignore[return-value]


# a country or a gloss in brackets after a signatory's name, not its acronym: "Bytes for All (Pakistan)",
# "Public Knowledge (United States of America)", but "(APC)", "(KICTANet)"
SIGNATORY_GLOSS_RE = re.compile(r"\s*\([A-Z][a-z]+(?:\s+(?:of|and|the|[A-Z][a-z]+))*\)$")


def _listed(lines: list[SourceLine], heading: int, organisations: bool) -> list[ActorName]:
    """The names listed after line ``heading``, to running text or a date line."""
    names: list[ActorName] = []
    for _, offset, text in lines[heading:]:
        if date_line(text) is not None:
            return names  # "Geneva, 18 September 2017" under the names: the list has ended
        for at, part in _parts(text):
            name = SIGNATORY_GLOSS_RE.sub("", clean_text(part).strip(" .,;-–•*"))
            if not name:
                continue
            if len(name.split()) > SIGNATORY_MAX_WORDS or name.endswith((".", ":")) and not name[-2:-1].isupper():
                return names  # running text again: the list has ended
            begin = offset + at + part.find(name)
            kind = "Organization" if organisations else _kind(name)
            names.append(ActorName(name, begin, begin + len(name), kind=kind))
    return names


def _kind(name: str) -> ActorKind | None:
    """A person by a title ("Ms."), an organisation unless the name could be a person's (then the
    linker decides)."""
    if PERSON_TITLE_RE.match(name):
        return "Person"
    return None if looks_like_person(name) else "Organization"


def _parts(text: str) -> list[tuple[int, str]]:
    """(offset in the line, text) of the names on one line: split at semicolons, or at commas when
    no part is then a lone word of a name ("Jane Roe, Director" stays whole)."""
    body = re.sub(r"^\s*(?:[-•*–▪]|\d{1,3}[.)])\s+", lambda m: " " * len(m.group(0)), text)
    for sep in (";", ","):
        if sep in body:
            pieces, at = [], 0
            for piece in body.split(sep):
                pieces.append((at, piece))
                at += len(piece) + 1
            if sep == ";" or all(len(p.split()) >= 2 or p.strip().isupper() for _, p in pieces):
                return pieces
    return [(0, body)]

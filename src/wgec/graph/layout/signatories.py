"""The organisations or people that sign a joint statement, listed at its end under "Signed by:",
"Endorsing organisations:" or the like (one a line, bulleted or not, or separated by commas or
semicolons): each is a co-submitter of the statement.
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.datelines import date_line
from wgec.graph.layout.letters import CLOSING_RE, SIGNED_RE
from wgec.graph.layout.model import ActorKind, ActorName
from wgec.graph.layout.names import PERSON_TITLE_RE, POSITION_RE, looks_like_person

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text)

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
    individuals, blank = False, True
    for k, (_, offset, text) in enumerate(lines[heading:], heading):
        if date_line(text) is not None:
            return names  # "Geneva, 18 September 2017" under the names: the list has ended
        below = next((t.strip() for _, _, t in lines[k + 1:k + 3] if t.strip()), "")
        if blank and GROUP_HEADING_RE.match(clean_text(text).strip()) and below \
                and not GROUP_HEADING_RE.match(clean_text(below)):  # "ARGENTINA" over names, not "APC" over "ISOC"
            individuals, blank = bool(re.match(r"\W*individual", text, re.I)), False
            continue
        blank = not text.strip()
        parts = _parts(text)[:1] if individuals else _parts(text)  # "Luis Herrera, Universidad de Chile (Chile)"
        for at, part in parts:
            name = SIGNATORY_GLOSS_RE.sub("", clean_text(part).strip(" .,;-–•*"))
            if not name:
                continue
            if len(name.split()) > SIGNATORY_MAX_WORDS or name.endswith((".", ":")) and not name[-2:-1].isupper():
                return names  # running text again: the list has ended
            begin = offset + at + part.find(name)
            kind = "Person" if individuals else "Organization" if organisations else _kind(name)
            names.append(ActorName(name, begin, begin + len(name), kind=kind))
    return names


# a heading that groups the signatories, in capitals over its names: a country, "INTERNATIONAL / REGIONAL",
# "INDIVIDUALS (affiliation for identification only)"
GROUP_HEADING_RE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý' /&-]{2,40}(?:\s*\([^()]{1,60}\))?$")


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


# a group's member list headed as such: "Our members:", "Members:", "Member organisations:", "Our members include:",
# "The Alliance's members are:", "Members of the coalition:" (the names below, or after the colon)
MEMBERS_HEADING_RE = re.compile(
    r"^\W*(?:(?:our|its|the\s+[\w-]+(?:'s|’s))\s+)?(?:current\s+)?(?:members?|member\s+(?:organi[sz]ations|"
    r"associations|networks|groups)|membership)(?:\s+of\s+the\s+(?:coalition|alliance|network|caucus|group|"
    r"platform|partnership|consortium|federation))?(?:\s+(?:include|includes|are|is))?\s*:\**\s*(?P<rest>.*)$", re.I)
# a submitter that is a group of others: by its name, or as the document describes it ("X is a coalition of")
GROUP_WORD = r"(?:coalition|alliance|network|caucus|consortium|partnership|platform|federation)"
GROUPED_RE = re.compile(rf"\b{GROUP_WORD}\b", re.I)
LIST_MARK_RE = re.compile(r"^\s*(?:[-•*–▪◦]|\d{1,3}[.)])\s+")


def group_members(lines: list[SourceLine], group: str) -> list[ActorName]:
    """The members of a group that submits, listed under "Our members:" or "Members:" (one a line, bulleted
    or not, or after the colon separated by commas or semicolons), when the group is one by its name
    ("... Alliance", "... Network") or as the document describes it ("X is a coalition of ..."); the list
    ends at a blank line unless the next line is bulleted as the list's were.

    >>> rows, at = [], 0
    >>> for n, t in enumerate(["The Rights Alliance is a coalition of organisations.", "", "Our members:", "",
    ...                        "- Paradigm Initiative (Nigeria)", "- Coding Rights (Brazil)", "", "We answer."], 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> [a.name for a in group_members(rows, "Rights Alliance")], group_members(rows, "Sahel Mobile")
    (['Paradigm Initiative', 'Coding Rights'], [])
    """
    text = " ".join(t for _, _, t in lines)
    if not GROUPED_RE.search(group) and not re.search(
            rf"{re.escape(group)}\s+is\s+an?\s+(?:[\w-]+\s+){{0,3}}{GROUP_WORD}\s+of\b", text, re.I):
        return []
    heading = next((i for i, (_, _, t) in enumerate(lines) if MEMBERS_HEADING_RE.match(clean_text(t))), None)
    if heading is None:
        return []
    _, offset, first = lines[heading]
    rest = MEMBERS_HEADING_RE.match(first)
    if rest is not None and rest.group("rest").strip(" *_"):
        return _member_names([(0, offset + rest.start("rest"), rest.group("rest"))])
    return _member_names(_list_lines(lines[heading + 1:]))


def _list_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines of a list: from the first line with text to a blank line, unless the line after the blank one
    is bulleted as the list's first line is."""
    out: list[SourceLine] = []
    for i, line in enumerate(lines):
        if line[2].strip():
            out.append(line)
        elif out and not (LIST_MARK_RE.match(out[0][2]) and i + 1 < len(lines)
                          and LIST_MARK_RE.match(lines[i + 1][2])):
            break
    return out


def _member_names(lines: list[SourceLine]) -> list[ActorName]:
    """The organisations the lines name, each a member: a gloss in brackets ("(Nigeria)") off."""
    names: list[ActorName] = []
    for _, offset, text in lines:
        for at, part in _parts(text):
            name = SIGNATORY_GLOSS_RE.sub("", clean_text(part).strip(" .,;-–•*_"))
            if not name or len(name.split()) > SIGNATORY_MAX_WORDS or name.endswith(":"):
                return names
            begin = offset + at + max(part.find(name), 0)
            names.append(ActorName(name, begin, begin + len(name), kind="Organization"))
    return names

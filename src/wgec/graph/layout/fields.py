"""Who wrote a document and when, as any layout's front matter says it: labelled fields ("Author:", "Organization:",
"Name:", "Country:", "Please enter your contact details:", "Publication date:", "Timestamp"), a by-line under the
title ("By Jane Roe"), a date line ("Geneva, 16 December 2010") and an organisation's letterhead.

A person named with the organisation or state they answer for ("Name: Jane Roe", "Organization: Internet Society")
is the one who delivered the document; the organisation is its submitter: one submission, one submitter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import classify_line
from wgec.graph.layout.bylines import BYLINE_LINES, BYLINE_RE, EMAIL_RE, POSTED_BY_RE, actor_name, byline_names, undated
from wgec.graph.layout.datelines import (
    EVENT_RE,
    RANGE_RE,
    WRITTEN_AROUND_RE,
    StatedDate,
    date_line,
    labelled_date,
    stated_date,
)
from wgec.graph.layout.lines import carries_on, continues_sentence, is_emphasised_question
from wgec.graph.layout.model import ActorKind, ActorName
from wgec.graph.layout.names import (
    author_over_affiliation,
    looks_like_organization,
    looks_like_person,
    represented,
    split_behalf,
)
from wgec.graph.layout.verdicts import VERDICT_RE

SourceLine = tuple[int, int, str]
FRONT_MAX_LINES = 45
WRAPPED = 70  # a line at least this long may have been wrapped (PDF text)
PROSE_WORDS = 40  # a paragraph this long is body text, not front matter
SALUTATION_LINE_RE = re.compile(r"^[\s*_]*(?:Dear|Excellency|Excellencies|Your\s+Excellency|To\s+whom)\b[^.:;]{0,80},"
                                r"[\s*_]*$")

_PERSON = r"Name|Full\s+name|Authors?|Author\(s\)|Written\s+by|Respondent|Prepared\s+by|" \
          r"Presented\s+by|Contributor|Submitter|Submitted\s+by|Submitted|By|From"
_ORG = r"Organi[sz]ation(?:\s+name)?|Name\s+of\s+(?:your\s+|the\s+)?(?:organi[sz]ation|institution|entity|company)|" \
       r"Institution|Entity|Company|Affiliation"
_STATE = r"Country|Government|Member\s+State|Name\s+of\s+(?:your\s+)?(?:country|government)"
_CONTACT = r"(?:Please\s+enter\s+your\s+)?contact\s+(?:details|information)"
# whom to contact about the document ("Contact person: Grace Githaiga, Convenor"): not who submits it
_LIAISON = r"Contacts?(?:\s+persons?)?|Focal\s+point|(?:Point|Person)\s+of\s+contact|E-?mail"
FIELD_RE = re.compile(
    rf"^\W*+(?:(?P<person>{_PERSON})|(?P<org>{_ORG})|(?P<state>{_STATE})|(?P<behalf>On\s+behalf\s+of)|"
    rf"(?P<contact>{_CONTACT})|(?P<liaison>{_LIAISON}))\s*(?::|\t)\s*(?P<value>.*?)\s*$|"
    r"^\W*+(?P<by>(?:Prepared|Submitted|Written|Presented|Contributed|Authored|Delivered)\s+by)\s+"
    r"(?P<byvalue>\S.*?)\s*$", re.I)
INNER_RE = re.compile(rf"(?:(?P<person>Name|Full\s+name)|(?P<org>{_ORG})|(?P<state>{_STATE}))\s*:\s*", re.I)
# "Statement delivered by the delegation of Ecuador on behalf of the Group of 77 and China": a state's
# delegation speaks, for itself or for the group that then submits
DELIVERED_RE = re.compile(
    r"^\W*+(?:(?:Joint\s+)?(?:Statement|Intervention|Remarks|Presentation|Input)\s+)?(?:(?:delivered|made|presented|read)\s+)?"
    r"by\s+(?:H\.\s?E\.\s+)?(?:the\s+)?(?:delegation|representative|Permanent\s+(?:Mission|Representative)|Ambassador)\s+of\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^,]{1,60}?)(?:,?\s+on\s+behalf\s+of\s+(?P<behalf>.{3,90}?))?[\s*_.]*$", re.I)
# "This contribution is submitted on behalf of Argentina, Brazil and Mexico.": those it names submit it, together
# ("Submitted on behalf of the Governments of A, B and C", "Joint contribution by A, B and C" on a line of its own)
_PAPER = r"(?:contribution|submission|paper|document|input|note|proposal|statement)"
SUBMITTED_FOR_RE = re.compile(
    rf"^\W*+(?:(?:This|The\s+present|Our)\s+(?:joint\s+)?{_PAPER}\s+(?:is|has\s+been)\s+(?:hereby\s+)?(?:jointly\s+)?"
    r"(?:submitted|presented|made|sent|prepared)\s+(?:jointly\s+)?(?:on\s+behalf\s+of|by)"
    rf"|(?:jointly\s+)?submitted\s+(?:jointly\s+)?on\s+behalf\s+of|on\s+behalf\s+of(?![^,]*+,\s+(?:I|we|please|[a-z]))|joint\s+{_PAPER}\s+(?:of|by|from))\s+"
    r"(?:the\s+(?:Governments?|delegations?)\s+of\s+)?(?P<who>[A-Z].{2,150}?)[\s*_.]*$", re.I)
# a statement, an intervention or remarks, delivered on the day a date line under a meeting's name gives
SPOKEN_RE = re.compile(r"^\W*+(?:[\w.'’-]++\s+){0,6}?(?:statement|intervention|remarks|speech)\b", re.I)
PART_SEP_RE = re.compile(r"\s+[|·]\s+|\s*\t\s*|\s{3,}|"  # and a dash before a date: "Name (ACR) – January 30, 2017"
                         r"\s+[–—]\s+(?=(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)\d{4}[\s*_]*$)")
GOVERNMENT_BODY_RE = re.compile(r"\b(?:Ministry|Government|Permanent\s+Mission|Department|Embassy)\b", re.I)
# a part of an organisation: "Information Society Department", "Directorate General of ...", "Division for ..."
UNIT_RE = re.compile(r"\b(?:Department|Directorate(?:[\s-]+General)?|Division|Unit|Section|Bureau|Branch|Service)\b")


@dataclass
class Front:
    """What the front matter says; lines used in ``used`` (so the body starts after them)."""

    persons: list[ActorName] = field(default_factory=list)
    organizations: list[ActorName] = field(default_factory=list)
    states: list[ActorName] = field(default_factory=list)
    behalf: list[ActorName] = field(default_factory=list)
    authors: list[ActorName] = field(default_factory=list)  # a by-line's names
    letterhead: list[ActorName] = field(default_factory=list)  # an organisation's name heading the page
    units: list[ActorName] = field(default_factory=list)  # "Prepared by the X Department": part of the submitter
    contacts: list[ActorName] = field(default_factory=list)  # people to contact: no submitters, no deliverers
    date: StatedDate | None = None  # offsets in the source text
    date_cue: str | None = None
    meeting_day: StatedDate | None = None  # a single day under a meeting's name: a statement's date
    spoken: bool = False  # a statement or an intervention, delivered on the day it is dated
    used: set[int] = field(default_factory=set)

    def submitters(self) -> tuple[list[ActorName], list[ActorName]]:
        """(submitters, delivered by): the organisation a named person answers for submits (a
        state when the organisation is part of its government, or when there is none: "Country:"
        of a civil-society respondent is where it is, not who speaks), the person delivers;
        else the people named submit."""
        official = any(GOVERNMENT_BODY_RE.search(a.name) for a in self.organizations)
        bodies = self.states if self.states and (official or not self.organizations) else self.organizations
        people = self.persons or self.authors
        if not bodies and self.persons and self.authors and all(looks_like_organization(a.name) for a in self.authors):
            bodies = self.authors  # "A paper by the Centre for X" over "Authors: Jane Roe and John Doe": the centre's
        if bodies:
            return list(bodies), list(people)
        return list(people), []


def front_end(lines: list[SourceLine], first: int = 1) -> int:
    """The last line of the front matter: before the first list item, before the first
    paragraph of :data:`PROSE_WORDS` words or more, at most :data:`FRONT_MAX_LINES` lines.

    >>> front_end([(1, 0, "Title"), (2, 6, ""), (3, 7, "1. First item")])
    2
    >>> front_end([(1, 0, "1) What are the characteristics?")])
    0
    >>> front_end([(1, 0, "Subject: Views"), (2, 15, ""), (3, 16, "Dear members,"), (4, 30, "We agree.")])
    2
    >>> front_end([(1, 0, "Title"), (2, 6, ""), (3, 7, "Question\\tAnswer"), (4, 23, "1. What is it?\\tA process.")])
    3
    """
    last = min(len(lines), first + FRONT_MAX_LINES - 1)
    words, start = 0, first
    for n in range(first, last + 1):
        text = lines[n - 1][2]
        if not text.strip():
            words, start = 0, n + 1
            continue
        kind = classify_line(text)[0]
        if kind in ("item", "numbered-title") and not FIELD_RE.match(text) or n > first and \
                is_emphasised_question(text) or kind == "table" and classify_line(text.split("\t", 1)[0])[0] == "item" \
                or VERDICT_RE.match(text):
            return n - 1  # a list, a question in italics ("*What ...?*"), a table numbering its rows, "Para 3: ..."
        if kind in ("table", "meta") or FIELD_RE.match(text) or labelled_date(text):
            continue  # rows of a form or header, not prose
        if n > first and SALUTATION_LINE_RE.match(text):
            return n - 1  # "Dear members of the Working Group,": a letter's text opens, however short its paragraphs
        words += len(text.split())
        if words >= PROSE_WORDS:
            return max(first, start - 1)
    return last


def _field_names(front: Front, role: str, value: str, offset: int) -> None:
    """Names of one labelled field, added to ``front`` by role."""
    if role in ("contact", "liaison"):
        _contact(front, value, offset, role == "liaison")
        return
    if role == "behalf":
        front.behalf += represented(EMAIL_RE.sub(" ", value), offset)
        return
    if role == "person":
        names, behalf = split_behalf(EMAIL_RE.sub(" ", value), offset)
        front.behalf += behalf
        for name in names:
            if looks_like_person(name.name):
                name.kind = "Person"
                front.persons.append(name)
            else:
                (front.organizations if looks_like_organization(name.name) else front.persons).append(name)
        return
    body = actor_name(value, offset, "Organization" if role == "org" else None)
    if body is not None:
        (front.organizations if role == "org" else front.states).append(body)


def _contact(front: Front, value: str, offset: int, liaison: bool = False) -> None:
    """"Name: A; Organization: B", or "Jane Roe, Internet Society, Kenya": a person, an organisation.
    On a contact person's line (``liaison``: "Contact person:", "Focal point:") the names, and a person
    named with no organisation she answers for, are only whom to contact (``front.contacts``)."""
    marks = list(INNER_RE.finditer(value))
    if marks:
        for m, nxt in zip(marks, [*marks[1:], None], strict=True):
            part = value[m.end():nxt.start() if nxt else len(value)].strip(" ;,")
            role = "person" if m.group("person") else "org" if m.group("org") else "state"
            _field_names(front, role, part, offset + m.end())
        return
    parts = re.split(r"[;,\n]", value)
    answers_for = any(map(looks_like_organization, parts))  # a person with an organisation: a respondent
    pos = 0
    for part in parts:
        at = value.find(part, pos)
        pos = at + len(part)
        kind: ActorKind | None = "Person" if looks_like_person(part) else \
            "Organization" if looks_like_organization(part) else None
        if kind is not None and (liaison or kind == "Person" and not answers_for):
            front.contacts += [n for n in [actor_name(part, offset + at, kind)] if n is not None]
        elif kind is not None:
            _field_names(front, "person" if kind == "Person" else "org", part, offset + at)


def read_fields(lines: list[SourceLine], first: int, last: int, skip: set[int]) -> Front:
    """The labelled fields, by-line and date of lines ``first..last`` (lines in ``skip``, the
    title's, aside).  A line of parts ("By Jane Roe | 16 December 2010 | IGP") is read part by part."""
    front = Front()
    for n in range(first, last + 1):
        if n in skip:
            continue
        before = next((t for _, _, t in reversed(lines[max(0, n - 3):n - 1]) if t.strip()), "")
        _, offset, text = lines[n - 1]
        wrapped = n < last and carries_on(text, lines[n][2])  # read with the rest of its sentence
        if wrapped:
            text += " " * (lines[n][1] - offset - len(text)) + lines[n][2]
        if _read_part(front, lines, n, last, (offset, text), before):
            front.used.update([n + 1] if wrapped else [])
            continue
        if wrapped and not PART_SEP_RE.search(lines[n - 1][2]):
            continue  # a sentence that goes on in the next line ("On behalf of the Ministry of" / "Ghana, please find")
        for part in line_parts(lines[n - 1]):  # "By X | date", or columns of a UN header set side by side
            _read_part(front, lines, n, last, part, before)
    spoken = front.spoken or any(SPOKEN_RE.match(t) for _, _, t in lines[first - 1:last])
    if front.date is None and front.meeting_day is not None and spoken:
        front.date, front.date_cue = front.meeting_day, "date line under the meeting's name"
    return front


def _read_part(front: Front, lines: list[SourceLine], n: int, last: int, part: tuple[int, str], before: str) -> bool:
    """A date, a field or a by-line in ``part`` of line ``n``; whether it held one."""
    offset, text = part
    # a field before a date line ("Prepared by Japan, 5 December 2016"); a labelled date first ("Submitted: 2017-12-04")
    found = (labelled_date(text) is None and _read_field(front, lines, n, last, part)) or \
        _read_date(front, text, offset, before) or _read_delivery(front, text, offset)
    by = BYLINE_RE.match(text) or POSTED_BY_RE.match(text)
    if by and not front.authors and not FIELD_RE.match(text) and \
            not (n >= 2 and continues_sentence(lines[n - 2][2], text)):
        who = _dated_value(front, by.group("who"), offset + by.start("who"))  # "By Jane Roe, 5 December 2016"
        if stated_date(who) is None:
            front.authors, found = byline_names(who, offset + by.start("who")), True
    if not found and not front.authors and n < min(last, BYLINE_LINES) and \
            (author := author_over_affiliation(part[1], part[0], lines[n][2])):
        front.authors, found = [author], True
        front.used.add(n + 1)
    if found:
        front.used.add(n)
    return found


def _read_delivery(front: Front, text: str, offset: int) -> bool:
    """"Statement by the delegation of Brazil": Brazil submits; "... delivered by the delegation of
    Ecuador on behalf of the Group of 77 and China": the group submits (a state's delegation is no
    person, whom wgec:deliveredBy names: the text still mentions it); "This contribution is submitted on
    behalf of A, B and C": they submit it.

    >>> front = Front()
    >>> _read_delivery(front, "Statement delivered by the delegation of Ecuador on behalf of the G-77", 0)
    True
    >>> [a.name for a in front.organizations], front.states
    (['G-77'], [])
    """
    m = DELIVERED_RE.match(text)
    if m is None and (jointly := SUBMITTED_FOR_RE.match(text)) is not None and not front.states + front.organizations:
        front.states += represented(jointly.group("who"), offset + jointly.start("who"))
        return True
    if m is None or front.states or front.organizations:
        return False
    front.spoken = True
    if m.group("behalf"):
        front.organizations += represented(m.group("behalf"), offset + m.start("behalf"))
    elif (state := actor_name(m.group("who"), offset + m.start("who"), None)) is not None:
        front.states.append(state)
    return True


def line_parts(line: SourceLine) -> list[tuple[int, str]]:
    """(offset, text) of the parts of a line split by " | ", " · ", a tab or a run of spaces (the
    columns of a PDF's text), or of the whole line.

    >>> line_parts((1, 10, "By Jane Roe | 16 December 2010"))
    [(10, 'By Jane Roe'), (24, '16 December 2010')]
    >>> line_parts((1, 0, "Economic and Social Council      16 December 2010"))[1]
    (33, '16 December 2010')
    """
    _, offset, text = line
    out, pos = [], 0
    for m in PART_SEP_RE.finditer(text):
        out.append((offset + pos, text[pos:m.start()]))
        pos = m.end()
    return [*out, (offset + pos, text[pos:])] if out else [(offset, text)]


def _read_date(front: Front, text: str, offset: int, before: str) -> bool:
    """A labelled date or a date line dates the document (the first one); a date line next to a
    meeting's name (the line ``before``) that gives no dates of its own dates the meeting, unless
    the document is a statement delivered there (see :func:`read_fields`); next to a meeting's
    name with its days ("Fifth meeting, 29-31 January 2018") it is the document's own."""
    labelled = labelled_date(text)
    if labelled is not None:
        label, found = labelled
        if found is not None and front.date is None:
            front.date = StatedDate(found.value, found.precision, offset + found.start, offset + found.end)
            front.date_cue = label
        return True
    found = date_line(text)
    if found is None:
        return _meeting_line(front, text, offset)
    if EVENT_RE.search(text):
        return False
    if EVENT_RE.search(before) and len(before.split()) <= 8 and not stated_date(before) \
            and not RANGE_RE.search(before) and not WRITTEN_AROUND_RE.search(before):
        if front.meeting_day is None and found.precision == "day":
            front.meeting_day = StatedDate(found.value, found.precision, offset + found.start, offset + found.end)
        return False
    if front.date is None:
        front.date = StatedDate(found.value, found.precision, offset + found.start, offset + found.end)
        front.date_cue = "date line"
    return True


def _meeting_line(front: Front, text: str, offset: int) -> bool:
    """A meeting's name and the one day it met on one line ("Working Group on Enhanced Cooperation, second
    meeting, Geneva, 26 January 2017"): front matter, whose day a statement delivered there is dated by."""
    if not EVENT_RE.search(text) or RANGE_RE.search(text) or len(text.split()) > 16:
        return False
    found = stated_date(text)
    if found is None or found.precision != "day" or text[found.end:].strip(" .*_"):
        return False
    front.meeting_day = front.meeting_day or StatedDate(found.value, found.precision, offset + found.start,
                                                        offset + found.end)
    return True


def _read_field(front: Front, lines: list[SourceLine], n: int, last: int, part: tuple[int, str]) -> bool:
    """A labelled field of who wrote the document (``part`` of line ``n``); an empty value is on
    the next line, a long contact line may wrap onto the next."""
    offset, text = part
    m = FIELD_RE.match(text)
    if m is None:
        return False
    if m.group("by"):
        value = _dated_value(front, m.group("byvalue"), offset + m.start("byvalue"))
        if not _unit_byline(front, value, offset + m.start("byvalue")):
            _field_names(front, "person", value, offset + m.start("byvalue"))
        return True
    role = next(r for r in ("person", "org", "state", "behalf", "contact", "liaison") if m.group(r))
    value, at = m.group("value"), offset + m.start("value")
    value = _dated_value(front, value, at) if value and role != "contact" else value
    if not value and n < last:
        k = next((k for k in range(n + 1, min(last, n + 2) + 1) if lines[k - 1][2].strip()), None)
        if k is not None and not FIELD_RE.match(lines[k - 1][2]) and len(lines[k - 1][2].split()) <= 15:
            value, at = lines[k - 1][2], lines[k - 1][1]
            front.used.add(k)
    elif value and role in ("contact", "liaison"):  # a long contact line wrapped by a PDF goes on in the next line
        k = n
        while k < last and len(lines[k - 1][2]) >= WRAPPED and _continues(lines[k][2]):
            k += 1
            front.used.add(k)
        if k > n:  # the source has "\n" between lines: offsets in ``value`` stay offsets from ``at``
            value = "\n".join([text[m.start("value"):], *(t for _, _, t in lines[n:k])])
    if value:
        _field_names(front, role, value, at)
    return True


def _dated_value(front: Front, value: str, offset: int) -> str:
    """A field's or a by-line's names (``value`` at ``offset``) without the date that ends them, which
    dates the document when nothing did before."""
    names, found = undated(value)
    if found is not None and front.date is None:
        front.date = StatedDate(found.value, found.precision, offset + found.start, offset + found.end)
        front.date_cue = "by-line"
    return names


def _unit_byline(front: Front, value: str, offset: int) -> bool:
    """"Prepared by the Information Society Department, Directorate General of Human Rights and Rule of
    Law": departments of one organisation, not several submitters.  The organisation the line ends
    with ("..., Council of Europe", "... Department of the Council of Europe") submits; else the
    title's or the letterhead's does, and the first unit only when nothing else names one.  Whether
    the line named units.

    >>> front = Front()
    >>> _unit_byline(front, "the Policy Division, Internet Society", 0), [a.name for a in front.organizations]
    (True, ['Internet Society'])
    """
    parts = [p.strip() for p in re.split(r",\s*", clean_text(value).strip(" .;"))]
    head = re.sub(r"^the\s+", "", parts[0], flags=re.I)
    if not UNIT_RE.search(head):
        return False
    tail = [p for p in parts[1:] if p and not UNIT_RE.search(p)]
    owner = tail[0] if tail else None
    if owner is None and (of := re.search(r"\bof\s+the\s+(.+)$", parts[-1])) and not UNIT_RE.search(of.group(1)):
        owner = of.group(1)
    if owner is not None and (looks_like_organization(owner) or re.search(r"\b[A-Z]{2,}\b", owner)):
        name = actor_name(owner, offset + max(value.find(owner), 0), "Organization")
        front.organizations += [name] if name else []
    else:
        name = actor_name(head, offset + max(value.find(head), 0), "Organization")
        front.units += [name] if name else []
    return True


def _continues(text: str) -> bool:
    """A wrapped line's rest: not blank, not a field, a date label or a list item."""
    return bool(text.strip()) and not FIELD_RE.match(text) and labelled_date(text) is None and \
        "\t" not in text and not re.match(r"\s*\d{1,2}[.)]\s", text) and \
        classify_line(text)[0] not in ("item", "numbered-title", "table", "meta")

"""A by-line: who wrote a document, on one line under its title ("By Jane Roe", "A policy paper by the
Foo Network (FN)", "Contribution from Japan"), maybe with the date it was written ("Submitted by the
Internet Governance Caucus, 5 December 2016", "Author: Japan (December 2016)").
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.datelines import StatedDate, stated_date, trailing_date
from wgec.graph.layout.model import ActorKind, ActorName
from wgec.graph.layout.names import looks_like_organization, looks_like_person, split_names

EMAIL_RE = re.compile(r"<[^>]*>|\S+@\S+|\(?\+?\d[\d ()-]{6,}\d\)?")
# "By Jane Roe", "A policy paper by the Foo Network (FN)": who wrote it
# (and under a title: "Contribution from Japan", "Input by the Internet Society", "Comments by APC", "Response of
# Japan", a UN text's "Draft resolution submitted by the Chair of the Commission"; not a title such as "Contribution
# from Japan to the WGEC", "Statement by Japan at the second meeting")
BYLINE_RE = re.compile(r"^\W*+(?:An?\s+(?:[a-z-]++\s+){0,2}?(?:paper|brief|note|study|commentary|analysis|submission|"
                       r"contribution)\s+(?:by|from)\s+|[Bb]y\s+|(?:(?:Contribution|Submission|Input|Comments)\s+(?:by|from)|"
                       r"(?:Responses?|Reply|Replies|Views)\s+(?:of|by|from)|"
                       r"(?:Draft\s+)?(?:[Rr]esolution|[Dd]ecision|[Ww]orking\s+paper|[Nn]on-paper|[Nn]ote|[Rr]eport)\s+"
                       r"(?:submitted|presented|prepared)\s+by)\s+"
                       r"(?!.*\s(?:to|on|at|regarding|concerning|about)\s))"
                       r"(?:the\s+)?(?P<who>[A-Z].{1,120}?)[\s*_]*$")
BYLINE_LINES = 12  # a by-line without "By" (a name over an affiliation) stands in the first lines, not a signature
POSTED_BY_RE = re.compile(
    r"^\W*+(?:Posted\b.*?\b|(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)\d{4}\s+)"  # or a date first
    r"by\s+(?P<who>[A-Z][\w.'’ -]{1,60}?)(?:\s+on\s+(?:\d|[A-Z][a-z]+\.?\s+\d).*?)?"
    r"(?:\s+in\s+[A-Z][^.]{0,80})?[\s*_]*$")  # "... by Lena Fischer in Internet governance, WGEC": its categories
# an editor's note saying who submitted what it heads: "this post was submitted by the Digital Policy Observatory to
# the CSTD Working Group ... as its written contribution"
SUBMITTED_IN_NOTE_RE = re.compile(
    r"\b(?:this|the)\s+(?:post|paper|article|note|text|document|piece|contribution|essay)\s+(?:was|is|has\s+been)\s+"
    r"submitted\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w&'’ -]{1,80}?)\s+(?:to|as|on|in|for)\b|"
    # a press release: "The GSMA today submitted its input to the United Nations Working Group ..."
    r"^\W*(?:[A-Z][\w ,–-]{0,30}?[–-]\s+)?(?:The\s+)?(?P<org>(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5}))\s+"
    r"(?:today\s+|has\s+)?submitted\s+its\s+(?:input|contribution|submission|comments|views)\s+to\b", re.I)
# who we are, where nothing else names the submitter: "The Centre for Internet Rights in Latin America (CIRLA) is a
# regional network of ..." (a name with its acronym, then what it is)
SELF_DESCRIBED_RE = re.compile(
    r"^\W*(?:The\s+)?(?P<self>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|in|on|the)){1,9}\s+\([A-Z][\w&-]{1,11}\))"
    r"\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?i:network|coalition|association|organi[sz]ation|alliance|"
    r"federation|NGO|centre|center|institute|forum|foundation|council)\b")
NOTE_LINES = 40  # such a note stands near the top


def actor_name(text: str, offset: int, kind: ActorKind | None) -> ActorName | None:
    """The name ``text`` (at ``offset``) gives, mail addresses and telephone numbers out; None for a date or
    for more words than a name has."""
    value = clean_text(EMAIL_RE.sub(" ", text)).strip(" ,.;:-–")
    if not value or len(value.split()) > 12 or stated_date(value) is not None:
        return None
    start = offset + max(text.find(value[:12]), 0)
    return ActorName(value, start, start + len(value), kind=kind)


def undated(value: str) -> tuple[str, StatedDate | None]:
    """The names of a by-line or a field without the date that ends them, and that date (at offsets of
    ``value``).

    >>> names, date = undated("Japan, 5 December 2016")
    >>> names, date.value.isoformat(), date.start
    ('Japan', '2016-12-05', 7)
    >>> undated("Japan")
    ('Japan', None)
    """
    dated = trailing_date(value)
    return (value, None) if dated is None else (value[:dated[0]], dated[1])


def byline_names(who: str, offset: int) -> list[ActorName]:
    """Authors of "By Jane Roe and John Doe" or "By Jane Roe, Director, Foo Network" (the
    rest of the line is the person's position)."""
    first, _, rest = who.partition(",")
    person = actor_name(first, offset, "Person") if rest and looks_like_person(first) else None
    if person is not None:
        person.title = clean_text(rest).strip(" ,.") or None
        return [person]
    names = split_names(EMAIL_RE.sub(" ", who), offset)
    for name in names:
        name.kind = "Person" if looks_like_person(name.name) else \
            "Organization" if looks_like_organization(name.name) else None
    return names


def submitted_in_note(lines: list[tuple[int, int, str]]) -> ActorName | None:
    """The submitter an editor's note near the top names ("this post was submitted by X to the Working Group"), or a
    press release's opening ("The GSMA today submitted its input to ...")."""
    for _, offset, text in lines[:NOTE_LINES]:
        if (m := SUBMITTED_IN_NOTE_RE.search(text)) is None:
            continue
        group = "who" if m.group("who") else "org"
        if m.group(group)[:1].isupper():
            return actor_name(m.group(group), offset + m.start(group), "Organization")
    return None


def self_described(lines: list[tuple[int, int, str]]) -> ActorName | None:
    """The organisation a paragraph near the top says the text is by: "The X (ACR) is a regional network ..."."""
    for _, offset, text in lines[:NOTE_LINES]:
        if (m := SELF_DESCRIBED_RE.match(text)) is not None:
            return actor_name(m.group("self"), offset + m.start("self"), "Organization")
    return None

"""Who a title names as its document's submitter, when no by-line does: "Contribution of the Republic of
Korea to the WGEC", "Statement by Ecuador on behalf of the Group of 77 and China", "Internet Society
submission to the WGEC", "Kenya: responses to the guiding questions", "Brazil's contribution to ...".
"""
from __future__ import annotations

import re

from wgec.graph.layout.model import ActorName, ParsedDocument
from wgec.graph.layout.names import (
    looks_like_organization,
    looks_like_person,
    person_with_position,
    represented,
    split_behalf,
)

TITLE_BY_RE = re.compile(
    r"^(?:[^:\n]{3,60}:\s+)?(?:The\s+|An?\s+)?(?:Joint\s+|Written\s+)?(?:Contributions?|Submissions?|Inputs?|Comments|Responses?|Answers|Replies|Views|Statements?|"
    r"Remarks|Position\s+paper|Proposals?|Recommendations|Contribuci[oó]n|Aportes?|Comentarios|Respuestas?|"
    r"Propuestas?|Observaciones|R[ée]ponses?|Commentaires|Propositions?)"
    r"\s+(?:de\s+l['’]|(?:of|from|by|de\s+la|del?|du|des)\s+)(?P<who>(?!draft\b|the\s+(?:draft|working|WGEC|Chair)\b).+?)"
    r"(?=\s+(?:to\s+the|to\s+(?:WGEC|CSTD)|on\s+(?:the|enhanced|Internet)|for\s+the\s+(?:\w+\s+)?(?:meeting|session|WGEC)|"
    r"at\s+(?:the|its|a)|during|(?:following|after|before|ahead\s+of)\s+(?:the|its)|"
    r"regarding|concerning|in\s+response|in\s+preparation|al|a\s+la|au|aux|[àa]\s+la|sobre|sur|en\s+respuesta|"
    r"en\s+r[ée]ponse)\b|\s*[:;]|$)", re.I)

TITLE_OWNER_RE = re.compile(
    r"^(?P<who>(?:[A-Z][\w&.'’-]*\s+(?:(?:for|of|and|de)\s+)?){0,5}[A-Z][\w&.-]*?)(?:['’]s?)?\s+(?i:(?:joint\s+|written\s+)?"
    r"(?:contribution|submission|input|comments|response|views|statement|position(?:\s+paper)?|proposals?|"
    r"recommendations)(?:\s+(?:to|on|for|regarding|concerning|in\s+response)\b|"
    r"(?:(?<=submission)|(?<=contribution))\s*$))")  # or ending there: "GOVERNMENT OF CANADA SUBMISSION"
# "Kenya: responses to the guiding questions", "Japan - Response to ...", "Japan's views on ...": the name first
_WORD = r"[\w&.()-]*+(?:['’](?!s\b)[A-Za-z][\w&.()-]*+)*"  # "d'Ivoire", not "Japan's"
TITLE_LEAD_OWNER_RE = re.compile(
    rf"^(?:The\s+)?(?P<who>[A-Z]{_WORD}(?:\s+(?:(?:for|of|and|de|the)\s+)*[A-Z(]{_WORD}){{0,7}}?)"
    r"(?:\s*[:–—]\s+|\s+-\s+|['’]s?\s+)(?i:(?:joint\s+|written\s+)?(?:contributions?|submissions?|inputs?|comments|"
    r"responses?|views|statements?|position(?:\s+paper)?|proposals?|recommendations|answers|replies))\b")
# what a title may put before a colon that is no name: its topic, or the part of the text it heads
TOPIC_WORDS = frozenset("enhanced cooperation internet governance working group wgec cstd igf public policy draft "
                        "chair chair's summary report annex questionnaire guiding questions introduction note general "
                        "executive background key messages main points issues part section chapter conclusions "
                        "overview preamble our i ii iii iv v vi".split())
NOT_OWNERS = frozenset("revised draft additional further initial new joint written final first second third "
                       "updated consolidated the our my general short brief preliminary supplementary".split())


# a title's owner that describes its members rather than naming them
# (in lower case where a name is written: not "League of Arab States", "Small Island Developing States")
COLLECTIVE_RE = re.compile(r"^(?!.*\bof\b).*(?<!United )\b(?:countries|states|governments|nations|economies|"
                           r"delegations)\s*$", re.I)
# a line of names under a joint statement's title: "Denmark – Estonia – Finland – Iceland – ..."
NAME_LIST_SEPARATOR_RE = re.compile(r"\s+[–—-]\s+|\s*[·•|]\s*")
LIST_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}")


def names_line(lines: list[tuple[int, int, str]], below: int) -> list[ActorName]:
    """The co-submitters a line of three or more names parted by dashes or bullets names, among the few lines
    under line ``below`` (a joint statement's title); none when no such line stands there.

    >>> names_line([(1, 0, "JOINT STATEMENT"), (2, 16, ""), (3, 17, "Denmark – Estonia – Finland")], 1)[2].name
    'Finland'
    """
    window = lines[below:below + 5]
    for k in range(min(4, len(window))):
        group = [window[k]]  # with the lines a narrow page wrapped it onto ("... – Lithuania –" / "Norway – Sweden")
        while group[-1][2].rstrip().endswith(("–", "—", "-", "·", "•")) and k + len(group) < len(window):
            group.append(window[k + len(group)])
        names = [name for _, offset, text in group for name in _names_of(text.strip().rstrip("–—-·• "), offset, text)]
        if len(names) >= 3 and all(LIST_NAME_RE.fullmatch(a.name) for a in names):
            return names
    return []


def _names_of(inner: str, offset: int, text: str) -> list[ActorName]:
    names, at = [], offset + text.find(inner)
    for part in NAME_LIST_SEPARATOR_RE.split(inner) if inner else []:
        at = offset + text.index(part, at - offset)
        names.append(ActorName(part, at, at + len(part)))
        at += len(part)
    return names


def submitters_from_title(doc: ParsedDocument, span: tuple[int, int] | None = None) -> None:
    """With no "Submitted by" or "From:" line, a title such as "Contribution of the Republic of
    Korea to the WGEC" still says who submitted the document (said in a warning); so does a subtitle
    (``span``: "*A contribution of APNIC to the CSTD Working Group ...*" under "APNIC: frequently asked questions")."""
    m = title_names(doc.title or "" if span is None else doc.source.text[span[0]:span[1]])
    bounds = span or doc.title_span
    if m is None or bounds is None:
        return
    who = m.group("who")
    if COLLECTIVE_RE.search(who) and (who.isupper() or who.split()[-1].islower()):  # "the Nordic and Baltic
        # countries": who they are, the text says elsewhere (not "Small Island Developing States")
        return
    start, end = bounds
    at = doc.source.text.find(who, start, end)
    person = person_with_position(who, at if at >= 0 else start)  # "Statement by Mr. X, Deputy Secretary-General"
    if re.search(r"\bon\s+behalf\s+of\b", who, re.I):  # "Statement by Ecuador on behalf of the Group of 77"
        doc.submitters, doc.on_behalf_of = split_behalf(who, at if at >= 0 else start)
    else:
        doc.submitters = [person] if person is not None else represented(who, at if at >= 0 else start)
    for name in doc.submitters:  # "ICC BASIS", "Jane Roe": what a name the gazetteer lacks is
        name.kind = "Person" if looks_like_person(name.name) else \
            "Organization" if looks_like_organization(name.name) or re.search(r"\b[A-Z]{2,}\b", name.name) else None
    if doc.submitters:
        doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(start)}: no 'Submitted by' line; "
                            f"submitters read from the title: {', '.join(a.name for a in doc.submitters)}")


def title_names(title: str) -> re.Match[str] | None:
    """The match whose group "who" is the name ``title`` gives as its submitter, or None."""
    return TITLE_BY_RE.match(title) or _title_owner(title)


def _title_owner(title: str) -> re.Match[str] | None:
    """"Internet Society submission to the WGEC", "ICC BASIS comments on ...": the name before
    the noun, when it names an organisation, a person or an acronym (not "Revised", "Joint"...).

    >>> _title_owner("ICC BASIS comments on the draft report").group("who")
    'ICC BASIS'
    >>> _title_owner("IT for Change statement to the fourth meeting").group("who")
    'IT for Change'
    >>> _title_owner("Revised proposals to the Chair") is None, _title_owner("GOVERNMENT OF CANADA SUBMISSION")["who"]
    (True, 'GOVERNMENT OF CANADA')
    """
    m = TITLE_OWNER_RE.match(title)
    if m is not None and m.group("who").split()[0].lower() not in NOT_OWNERS and (
            looks_like_organization(m.group("who")) or looks_like_person(m.group("who"))
            or re.search(r"\b[A-Z]{2,}\b", m.group("who"))):
        return m
    lead = TITLE_LEAD_OWNER_RE.match(title)  # a name put first, before the kind of document: any but a topic
    if lead is None or all(w.lower().strip("()") in TOPIC_WORDS for w in lead.group("who").split()) or \
            lead.group("who").split()[0].lower() in NOT_OWNERS:
        return None
    return lead

"""The lines heading a document's first page that name who issues it: an organisation's letterhead
("International Chamber of Commerce", "INTERNATIONAL TELECOMMUNICATION UNION") or the UN body over a
notice or a secretariat's note ("UNCTAD")."""
from __future__ import annotations

import re

from wgec.graph.layout.boilerplate import is_doctype, is_furniture, is_letterhead, plain
from wgec.graph.layout.bylines import BYLINE_RE, actor_name
from wgec.graph.layout.datelines import date_line
from wgec.graph.layout.fields import FIELD_RE, SourceLine, line_parts
from wgec.graph.layout.model import ActorName
from wgec.graph.layout.names import OFFICE_START_RE, is_state_name, looks_like_person, organization_line

OPEN_END_RE = re.compile(r"\b(?:of|for|and|on|the|to|in)\s*$", re.I)  # a name's line a narrow page broke
# a state's style and its name, all the line holds: "Republic of Indonesia", "Kingdom of Bahrain"
STATE_LETTERHEAD_RE = re.compile(r"^(?:Republic|Kingdom|Principality|Sultanate|State|Emirate|Commonwealth)\s+of\s+"
                                 r"(?:the\s+)?[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,3}$")
GENERIC_LETTERHEAD = frozenset({"united nations", "for development", "secretariat", "general assembly",
                                "economic and social council"})


# a letterhead of an acronym, a dash and the name it stands for: "CENTR – Council of European National Top-Level
# Domain Registries", read as the name with its acronym in brackets, as the gazetteer writes names
ACRONYM_DASH_NAME_RE = re.compile(r"(?P<acronym>[A-Z][A-Z0-9&.-]{1,11})\s+[–—-]\s+(?P<name>[A-Z][^–—]{5,120})")


DOCUMENT_LINE_RE = re.compile(r"(?:Contribution|Submission|Input|Comments|Response|Reply|Views|Statement)s?\s+"
                              r"(?:to|on|for|regarding)\s", re.I)


STATE_LINE_REACH = 6  # lines under the ministry's in which the state it serves is named


def letterhead(lines: list[SourceLine], first: int, last: int) -> list[ActorName]:
    """The organisation named by a line of its own before the title ("International Chamber of
    Commerce", "Internet Society"): not the UN letterhead, at most ten words.

    >>> [a.name for a in letterhead([(1, 0, "**Internet Society**"), (2, 21, "Views on EC")], 1, 2)]
    ['Internet Society']
    >>> [a.name for a in letterhead([(1, 0, "Republic of Indonesia"), (2, 22, "Response to the questions")], 1, 2)]
    ['Republic of Indonesia']
    >>> letterhead([(1, 0, "Working Group on Enhanced Cooperation on public policy issues"),
    ...             (2, 62, "pertaining to the Internet")], 1, 2)  # the group's name, wrapped: no letterhead
    []
    """
    for n in range(first, last + 1):
        for offset, text in line_parts(lines[n - 1]):
            if n < len(lines) and lines[n][2].strip()[:1].islower() and text == lines[n - 1][2]:
                text += " " * (lines[n][1] - offset - len(text)) + lines[n][2]  # a name a narrow page wrapped
            words = plain(text)
            if not words or is_letterhead(text) or is_furniture(text) or is_doctype(text) \
                    or DOCUMENT_LINE_RE.match(words):  # (not "Contribution to the CSTD Working Group ...": a subtitle)
                continue
            state = STATE_LETTERHEAD_RE.match(words) is not None  # "Republic of Indonesia": its government's
            if len(words.split()) <= 10 and (organization_line(words) or state) and not words.endswith("."):
                name = actor_name(words, offset + text.find(words), None if state else "Organization")
                if name and (acr := ACRONYM_DASH_NAME_RE.fullmatch(name.name)):  # "CENTR – Council of ..."
                    name.name = f"{acr.group('name')} ({acr.group('acronym')})"
                if name and OFFICE_START_RE.match(name.name) and (country := _state_line(lines, n, last)) is not None:
                    return [country]  # "MINISTRY OF FOREIGN AFFAIRS" / ... / "BRAZIL": the state's, its office's
                return [name] if name else []
    return []


def state_over_office(lines: list[SourceLine], submitters: list[ActorName]) -> ActorName | None:
    """The state a bare line names over the text ("JAMAICA") when the one submitter is one of its ministries
    ("Prepared by the Ministry of Science, Energy and Technology"): the state submits, its office prepared it."""
    if len(submitters) != 1 or not OFFICE_START_RE.match(submitters[0].name):
        return None
    return _state_line(lines, 0, min(len(lines), STATE_LINE_REACH))


def _state_line(lines: list[SourceLine], n: int, last: int) -> ActorName | None:
    """A line under a ministry's letterhead that is the name of a state alone ("BRAZIL", "Germany")."""
    for _, offset, text in lines[n:min(last, n + STATE_LINE_REACH)]:
        words = plain(text).strip()
        if words and is_state_name(words):
            return ActorName(words, offset + text.find(words), offset + text.find(words) + len(words))
    return None


def name_under_title(lines: list[SourceLine], title_last: int) -> list[ActorName]:
    """An organisation's name standing alone on the line under the title ("**Internet Society**", then a blank
    or a date line): who submits, as a letterhead over the title would.

    >>> [a.name for a in name_under_title([(1, 0, "Responses to the questions"), (2, 27, ""),
    ...                                    (3, 28, "**Internet Society**"), (4, 49, "")], 1)]
    ['Internet Society']
    >>> [a.name for a in name_under_title([(1, 0, "Responses"), (2, 10, ""), (3, 11, "Centre for Policy Research"),
    ...                                    (4, 38, "Faculty of Law, University of Ghana, Legon"), (5, 81, "")], 1)]
    ['Centre for Policy Research']
    """
    k = title_last + 1
    while k <= len(lines) and not lines[k - 1][2].strip():
        k += 1
    if k > len(lines) or k < len(lines) and lines[k][2].strip() and not date_line(lines[k][2]) and \
            not _where_it_is(lines, k + 1):
        return []  # no line under the title, or the first of a paragraph
    if FIELD_RE.match(lines[k - 1][2]) or BYLINE_RE.match(lines[k - 1][2]):
        return []  # "Prepared by the X Department": a field says what it is
    return letterhead(lines, k, k) or _dated_name(lines[k - 1])


# "Faculty of Law, University of Ghana, Legon", "Rue de Lausanne 44, 1201 Geneva": capitalised names and numbers
PLACE_LINE_RE = re.compile(r"(?:[A-Z][\w.'’&-]*+|\d[\w-]*+|of|for|and|the|des|del|de|du|la|di|[,/]|\s)++")


def _where_it_is(lines: list[SourceLine], n: int) -> bool:
    """Line ``n`` says where the organisation on the line above is (a faculty, a university, an address), and
    ends its paragraph.

    >>> _where_it_is([(1, 0, "Rue des Vignes 4, 1201 Geneva")], 1), _where_it_is([(1, 0, "We met, and agreed.")], 1)
    (True, False)
    """
    text = plain(lines[n - 1][2])
    ends = n == len(lines) or not lines[n][2].strip() or date_line(lines[n][2]) is not None
    return ends and "," in text and len(text.split()) <= 12 and PLACE_LINE_RE.fullmatch(text) is not None \
        and not FIELD_RE.match(text) and date_line(text) is None


PRESENTATION_RE = re.compile(r"^\W*+presentation\s+(?:by|to|at|for|made\s+(?:to|at))\s", re.I)
TITLE_SLIDE_LINES = 10  # a presentation's title slide: the lines under its title that may name the presenter


def presenter(lines: list[SourceLine], title_last: int) -> list[ActorName]:
    """The organisation a presentation's title slide names under its "Presentation to the Working Group ..."
    line ("Organisation for Economic Co-operation and Development (OECD)"): who presents it.

    >>> [a.name for a in presenter([(1, 0, "OECD work"), (2, 10, "Presentation to the WGEC"),
    ...                             (3, 35, "Geneva, 4 May 2017"), (4, 54, "Internet Society")], 1)]
    ['Internet Society']
    """
    said = False
    for n in range(title_last + 1, min(len(lines), title_last + TITLE_SLIDE_LINES) + 1):
        text = lines[n - 1][2]
        if PRESENTATION_RE.match(text):
            said = True
        elif said and not re.search(r"\b(?:meeting|session|working\s+group)\b", text, re.I) and \
                (found := letterhead(lines, n, n)):
            return found
    return []


# a name as a web page's by-line gives it: capitalised words, a comma and a place at most ("Bytes for All, Pakistan")
DATED_NAME_RE = re.compile(r"^[A-Z][\w.&'’-]*+(?: (?:[a-z]{1,4} )?[A-Z][\w.&'’-]*+){0,7}(?:, [A-Z][\w'’-]*+){0,2}$")


PLACE_PART_RE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}")  # a city: "Buenos Aires", "Geneva"


def _dated_name(line: SourceLine) -> list[ActorName]:
    """The name on a by-line that dates the page ("Bytes for All, Pakistan · 9 December 2016", "Jane Roe | 12 May
    2017"): the date makes it the author's line, with or without an organisation word in the name.

    >>> [(a.name, a.kind) for a in _dated_name((3, 40, "Bytes for All, Pakistan · 9 December 2016"))]
    [('Bytes for All, Pakistan', 'Organization')]
    >>> _dated_name((3, 40, "Geneva, 9 December 2016")), _dated_name((3, 0, "We met · 9 December 2016"))
    ([], [])
    >>> [a.name for a in _dated_name((3, 0, "Fundación Red Abierta · Buenos Aires · 2 February 2017"))]
    ['Fundación Red Abierta']
    """
    parts = line_parts(line)
    if len(parts) == 3 and PLACE_PART_RE.fullmatch(parts[1][1].strip()):  # "Fundación Red Abierta · Buenos Aires ·
        parts = [parts[0], parts[2]]  # 2 February 2017": the name, its seat, the date
    if len(parts) != 2 or date_line(parts[1][1]) is None:
        return []
    offset, text = parts[0]
    words = plain(text)
    if not DATED_NAME_RE.match(words) or len(words.split()) < 2 or is_letterhead(text) or is_furniture(text):
        return []
    name = actor_name(words, offset + text.find(words), "Person" if looks_like_person(words) else "Organization")
    return [name] if name else []


def un_issuer(lines: list[SourceLine], last: int) -> ActorName | None:
    """The UN body whose letterhead heads a notice or a secretariat's note ("UNCTAD", "Commission
    on Science and Technology for Development"): its first line naming a body more precise than
    "United Nations" or the Economic and Social Council.

    >>> un_issuer([(1, 0, "UNITED NATIONS"), (2, 15, ""), (3, 16, "UNCTAD")], 3).name
    'UNCTAD'
    >>> un_issuer([(1, 0, "COMMISSION ON SCIENCE AND TECHNOLOGY FOR"), (2, 41, "DEVELOPMENT")], 2).name
    'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT'
    """
    for n in range(1, min(last, len(lines)) + 1):
        for offset, text in line_parts(lines[n - 1]):
            if OPEN_END_RE.search(text) and text == lines[n - 1][2] and n < len(lines) and lines[n][2].strip():
                text += " " * (lines[n][1] - offset - len(text)) + lines[n][2]  # "... TECHNOLOGY FOR" / "DEVELOPMENT"
            words = plain(text)
            if is_letterhead(text) and words.lower() not in GENERIC_LETTERHEAD and \
                    not re.search(r"working\s+group", words, re.I):
                return actor_name(words, offset + text.find(words), "Organization")
    return None

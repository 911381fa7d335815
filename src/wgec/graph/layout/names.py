"""Lists of actor names as documents write them: "A, B and C", "X on behalf of Y"."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ActorName

SPLIT_NAMES_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s+AND\s+|\s*&\s*)\s*")
BEHALF_RE = re.compile(r"[\s,]+on\s+behalf\s+of\s+", re.I)
# a represented party named as one body, whose name may contain "and": "the Group of 77 and China"
GROUP_NAME_RE = re.compile(r"\b(?:Group|Union|Coalition|Alliance|Member\s+States|G-?\d+)\b", re.I)
# a name built on an organisation word, or ending in an acronym in brackets: "Internet Society (ISOC)"
ORGANIZATION_NAME_RE = re.compile(
    r"\b(?:Society|Association|Council|Foundation|Institute|Institution|Organi[sz]ation|Centre|Center|"
    r"Network|Committee|Commission|Federation|Chamber|Agency|Alliance|Coalition|Consortium|Union|"
    r"University|Registry|Forum|Secretariat|Authority|Corporation|Company|Group|Initiative|Project|"
    r"Task\s+Force|Academy|Ministry|Department|Office|Partnership|Unit|Division|Section|Bureau|Directorate|"
    r"Collective|Observatory|Laboratory|Lab|Hub|Platform|Trust|Caucus|Movement|Campaign|Collaborative|"
    r"Fundaci[oó]n|Funda[cç][aã]o|Fondation|Asociaci[oó]n|Associa[cç][aã]o|Instituto|Institut|Centro|Red|Rede|"
    r"R[ée]seau|Observatorio|Colectivo|Coletivo|Government|"
    r"Ltd|Inc|LLC|GmbH|S\.A)\b|"
    r"\([A-Z][A-Za-z&.-]{1,11}\)\s*$")
PERSON_TITLE_RE = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E|Ambassador)\.?\s+(?=[A-Z])")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # Latin letters: "Göran", "Łukasz", "Gonçalves"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}]?[{_LOWER}]+)*|[A-Z]\."
_PARTICLE = r"(?:de|da|van|von|der|del|la|le|bin|al)\s+"
PERSONAL_NAME_RE = re.compile(rf"^(?:{_NAME_WORD})(?:\s+(?:{_PARTICLE})?(?:{_NAME_WORD})){{1,3}}$")
# a state's style before its name, never a person's first name: "República de Colombia", "Kingdom of Bahrain"
STATE_STYLE_RE = re.compile(r"^(?:Republic|Rep[uú]blica|R[ée]publique|Kingdom|Reino|Royaume|Principality|Sultanate|"
                            r"State|Estado|[ÉE]tat|Emirate|Commonwealth|Government|Gobierno|Gouvernement)\b")


def looks_like_person(name: str) -> bool:
    """A personal name: a title ("Ms. Avri Doria") or two to four capitalised words with no
    organisation word ("Milton Mueller", "Anriette Esterhuysen").

    >>> looks_like_person("Milton Mueller"), looks_like_person("Internet Society"), looks_like_person("Kenya")
    (True, False, False)
    >>> looks_like_person("República de Colombia"), looks_like_person("Kingdom of Bahrain")
    (False, False)
    """
    name = clean_text(name).strip(" ,.;:")
    if PERSON_TITLE_RE.match(name):
        return True
    return bool(PERSONAL_NAME_RE.match(name)) and not ORGANIZATION_NAME_RE.search(name) and \
        not STATE_STYLE_RE.match(name)


def looks_like_organization(name: str) -> bool:
    """An organisation's name: an organisation word, or an acronym in brackets.

    >>> looks_like_organization("International Chamber of Commerce (ICC)"), looks_like_organization("Jane Roe")
    (True, False)
    """
    return bool(ORGANIZATION_NAME_RE.search(clean_text(name)))


def organization_line(words: str) -> bool:
    """An organisation's name as a line gives it, in capitals too ("INTERNATIONAL TELECOMMUNICATION UNION"),
    not cut off before its end ("COMMISSION ON SCIENCE AND TECHNOLOGY FOR").

    >>> organization_line("INTERNATIONAL TELECOMMUNICATION UNION"), organization_line("COUNCIL OF EUROPE AND")
    (True, False)
    """
    if re.search(r"\b(?:for|of|and|the|on|to|in)$", words, re.I):
        return False
    return looks_like_organization(words) or words.isupper() and looks_like_organization(words.title())


def split_names(text: str, offset: int) -> list[ActorName]:
    """Actor names of a list such as "SAUDI ARABIA, RUSSIAN FEDERATION, PAKISTAN AND X"; a name whose
    acronym follows it in brackets is one name, "and" or commas inside it or not.

    >>> [a.name for a in split_names("Brazil, Mexico, Sweden, and United Kingdom", 0)]
    ['Brazil', 'Mexico', 'Sweden', 'United Kingdom']
    >>> [a.name for a in split_names("Organisation for Economic Co-operation and Development (OECD) and Japan", 0)]
    ['Organisation for Economic Co-operation and Development (OECD)', 'Japan']
    """
    names: list[ActorName] = []
    kept = acronym_spans(text)  # in text order, apart: the one that may hold a cut starts last before it
    starts = [a for a, _ in kept]
    cuts = [m for m in SPLIT_NAMES_RE.finditer(text)
            if not ((i := bisect_right(starts, m.start()) - 1) >= 0 and m.end() < kept[i][1])]
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    for idx, end in zip(bounds[::2], bounds[1::2], strict=True):
        part = text[idx:end]
        name = clean_text(part).strip(" .:;")
        name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
        if name:
            start = offset + idx + part.find(name) if name in part else offset + idx
            names.append(ActorName(name, start, start + len(name)))
    return names


ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
NAME_WORD_RE = re.compile(r"[\w’'-]++")
SMALL_WORDS = frozenset("of for and on the in to de du des la le et y del".split())


def acronym_spans(text: str) -> list[tuple[int, int]]:
    """Where a name stands before its acronym in brackets, the acronym spelt by the initials of its words
    (small words aside; "Co-operation" gives C): "Organisation for Economic Co-operation and Development
    (OECD)", "Internet Corporation for Assigned Names and Numbers (ICANN)".

    >>> text = "Japan and Internet Corporation for Assigned Names and Numbers (ICANN)"
    >>> [text[a:b] for a, b in acronym_spans(text)]
    ['Internet Corporation for Assigned Names and Numbers (ICANN)']
    """
    spans = []
    for m in ACRONYM_RE.finditer(text):
        letters = m.group(1).upper()
        words = list(NAME_WORD_RE.finditer(text, max(0, m.start() - 200), m.start()))
        need, start = len(letters), None
        for w in reversed(words):
            if w.group().lower() in SMALL_WORDS:
                continue
            initials = "".join(p[0] for p in w.group().split("-") if p[:1].isupper()) or w.group()[0].upper()
            if not letters[:need].endswith(initials) or not w.group()[0].isupper():
                break
            need -= len(initials)
            if need == 0:
                start = w.start()
                break
        if start is not None:
            spans.append((start, m.end()))
    return spans


# a person's position after the name: "Mr. Jimson Olufuye, Chair, Africa ICT Alliance (AfICTA)"
POSITION_RE = re.compile(
    r"^(?:(?:Vice|Deputy|Co|Senior|Executive|Chief|Acting|Former|General|First|Second|Third|Permanent|Principal|"
    r"Special)[\s-]+)*(?:Chair(?:man|person|woman)?|"
    r"President|Director|Secretary|Minister|Ambassador|Representative|Counsell?or|Adviser|Advisor|Officer|"
    r"Manager|Head|Coordinator|Member|Professor|Lecturer|Researcher|Fellow|CEO|CTO|Founder|Delegate|"
    r"Attach[eé]|Consultant|Expert|Analyst|Editor|Lead|Partner)\b")


def person_with_position(text: str, offset: int) -> ActorName | None:
    """One person named with a position (and maybe the organisation): "Mr. Jimson Olufuye, Chair,
    Africa ICT Alliance (AfICTA)" is Mr. Olufuye, whose title is the rest; not three actors.

    >>> a = person_with_position("Mr. Jimson Olufuye, Chair, Africa ICT Alliance (AfICTA)", 0)
    >>> a.name, a.title, a.kind
    ('Mr. Jimson Olufuye', 'Chair, Africa ICT Alliance (AfICTA)', 'Person')
    >>> person_with_position("Brazil, Mexico, Sweden", 0) is None
    True
    >>> a = person_with_position("Prof. Jane Doe, University of Lagos", 0)
    >>> a.name, a.title
    ('Prof. Jane Doe', 'University of Lagos')
    """
    name, sep, rest = text.partition(",")
    name, rest = clean_text(name).strip(" .:;"), clean_text(rest).strip(" .:;")
    affiliation = PERSON_TITLE_RE.match(name) is not None and "," not in rest and " and " not in rest and \
        len(rest.split()) <= 10 and looks_like_organization(rest)  # "Prof. Jane Doe, University of Lagos"
    if not sep or not looks_like_person(name) or not (POSITION_RE.match(rest) or affiliation):
        return None
    start = offset + text.find(name)
    return ActorName(name, start, start + len(name), title=rest, kind="Person")


# a coalition's member list after its name: "X, whose members include: A, B", "X, a network of A and B",
# "X (members: A, B)"
MEMBERS_RE = re.compile(r"(?:,?\s+(?:whose|its)\s+members\s+(?:include|are)\b|,\s*an?\s+(?:coalition|network|alliance)"
                        r"\s+of\b|[,;]?\s*\(?\bmembers\s*:)\s*:?\s*(?P<members>.*?)[\s.]*$", re.I | re.S)
# a gloss in brackets after a member's name, not an acronym: "IT for Change (India)"
GLOSS_RE = re.compile(r"\s*\([^()]*[a-z][^()]*\)\s*$")


def coalition(text: str, offset: int) -> ActorName | None:
    """A coalition named with its members: one actor, a Group, whose members are the list.

    >>> g = coalition("the Just Net Coalition, whose members include: IT for Change (India), Third World Network", 0)
    >>> g.name, g.kind, [(a.name, a.start) for a in g.members]
    ('Just Net Coalition', 'Group', [('IT for Change', 47), ('Third World Network', 70)])
    >>> [a.name for a in coalition("BestBits, a network of APC, CDT and Article 19", 0).members]
    ['APC', 'CDT', 'Article 19']
    >>> [a.name for a in coalition("BestBits (members: APC, IT for Change (India))", 0).members]
    ['APC', 'IT for Change']
    >>> coalition("Internet Society", 0) is None
    True
    """
    m = MEMBERS_RE.search(text)
    if m is None:
        return None
    head, listed = split_names(text[:m.start()], offset), m.group("members")
    if listed.count(")") > listed.count("("):  # "X (members: A, B)": the bracket closes the list
        listed = listed[:listed.rindex(")")]
    members = [ActorName(GLOSS_RE.sub("", a.name), a.start, a.start + len(GLOSS_RE.sub("", a.name)))
               for a in split_names(listed, offset + m.start("members"))]
    if len(head) != 1 or len(members) < 2:
        return None
    return ActorName(head[0].name, head[0].start, head[0].end, kind="Group", members=members)


def split_behalf(text: str, offset: int) -> tuple[list[ActorName], list[ActorName]]:
    """Submitters and the parties they represent, from "X on behalf of Y".

    >>> subs, behalf = split_behalf("Government of Brazil, on behalf of the Group of 77 and China", 0)
    >>> [a.name for a in subs], [(a.name, a.start) for a in behalf]
    (['Government of Brazil'], [('Group of 77 and China', 39)])
    >>> [a.name for a in split_behalf("Mexico on behalf of Brazil and Peru", 0)[1]]
    ['Brazil', 'Peru']
    >>> [(a.name, a.title) for a in split_behalf("Mr. Ali Ben, First Secretary, on behalf of the Arab Group", 0)[0]]
    [('Mr. Ali Ben', 'First Secretary')]
    """
    if (group := coalition(text, offset)) is not None:  # "X, whose members include: A, B": X submits
        return [group], []
    text = MEMBERS_RE.sub("", text)  # one member named: X still submits, not its member
    m = BEHALF_RE.search(text)
    if m is None:
        person = person_with_position(text, offset)
        return ([person] if person else _office_and_seat(split_names(text, offset), text, offset)), []
    person = person_with_position(text[:m.start()], offset)  # "Mr. X, First Secretary, ..., on behalf of Y"
    return [person] if person else split_names(text[:m.start()], offset), represented(text[m.end():], offset + m.end())


OFFICE_START_RE = re.compile(r"^(?:Federal\s+)?(?:Ministry|Department|Office)\s+(?:of|for)\s", re.I)


def _office_and_seat(names: list[ActorName], text: str, offset: int) -> list[ActorName]:
    """A ministry's name its commas split ("Ministry of Science", "Energy", "Technology") whole again, and an
    organisation's seat after it ("APT Secretariat", "Bangkok") dropped: one submitter.

    >>> t = "Ministry of Science, Energy and Technology"
    >>> [a.name for a in _office_and_seat(split_names(t, 0), t, 0)]
    ['Ministry of Science, Energy and Technology']
    >>> [a.name for a in _office_and_seat(split_names("APT Secretariat, Bangkok", 0), "APT Secretariat, Bangkok", 0)]
    ['APT Secretariat']
    """
    if len(names) < 2:
        return names
    rest = names[1:]
    if OFFICE_START_RE.match(names[0].name) and all(not looks_like_organization(a.name) and len(a.name.split()) <= 3
                                                     for a in rest):  # "Ministry of Science, ICT and Future Planning"
        whole = text[names[0].start - offset:rest[-1].end - offset]
        return [ActorName(whole, names[0].start, rest[-1].end, kind="Organization")]
    if len(names) == 2 and looks_like_organization(names[0].name) and len(rest[0].name.split()) <= 2 \
            and not rest[0].name.isupper() and not looks_like_organization(rest[0].name) \
            and not looks_like_person(rest[0].name):
        return names[:1]
    return names


def represented(text: str, offset: int) -> list[ActorName]:
    """The parties after "on behalf of": one name when it names a bloc ("the Group of 77 and
    China", "the European Union and its Member States"), else a list of names.

    >>> [a.name for a in represented("the Group of 77 and China", 0)]
    ['Group of 77 and China']
    >>> [a.name for a in represented("Brazil and Peru", 0)]
    ['Brazil', 'Peru']
    """
    if not GROUP_NAME_RE.search(text):
        return split_names(text, offset)
    name = re.sub(r"^the\s+", "", clean_text(text).strip(" .:;"), flags=re.I)
    start = offset + max(text.find(name), 0)
    return [ActorName(name, start, start + len(name))] if name else []


#: a scholar's place of work, on the line under the name ("School of Public Policy, University of Toronto")
AFFILIATION_RE = re.compile(r"\b(?:Universit(?:y|é|ät|à|ad|e)|School|Institute|College|Faculty|Professor|Lecturer|"
                            r"Research(?:er)?\s+(?:Fellow|Associate)|Centre|Center)\b")


NAME_LINE = 120  # characters of a line that may hold a personal name alone (markup included)


def author_over_affiliation(text: str, offset: int, below: str) -> ActorName | None:
    """A personal name alone on its line (``text`` at ``offset``) over an affiliation (the line ``below``):
    an author's by-line without "By"; the person writes (the affiliation is the person's position, no submitter).

    >>> author_over_affiliation("Jane Roe", 0, "Faculty of Law, University of X")
    ActorName(name='Jane Roe', start=0, end=8, title='Faculty of Law, University of X', kind='Person')
    """
    if len(text) > NAME_LINE or len(below) > 3 * NAME_LINE:  # a name and an affiliation are short lines: a
        return None  # row of 20,000 table cells is not cleaned 40,000 times (quadratic)
    name, below = clean_text(text).strip(" ,.;:"), clean_text(below).strip(" ,.")
    if not name or "," in name or not looks_like_person(name) or not AFFILIATION_RE.search(below) \
            or len(below.split()) > 14:
        return None
    start = offset + max(text.find(name[:12]), 0)
    return ActorName(name, start, start + len(name), title=below, kind="Person")


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    import pycountry  # imported on first use: loading its database costs start-up time

    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None),
                                                      getattr(c, "official_name", None)) if n}
    inverted = {f"{tail} {head}" for n in names if ", " in n for head, tail in [n.split(", ", 1)]}  # "Republic of
    return frozenset(n.casefold() for n in names | inverted)  # Korea" for "Korea, Republic of"


def is_state_name(text: str) -> bool:
    """Whether ``text`` is nothing but a state's name, in any case ("BRAZIL", "Germany").

    >>> is_state_name("BRAZIL"), is_state_name("Geneva"), is_state_name("Federal Republic of Germany")
    (True, False, True)
    >>> is_state_name("Republic of Korea")
    True
    """
    return text.strip().casefold() in _state_names()

"""What kind of actor a name the gazetteer does not know stands for.

Contributions come from governments, organisations and people the bundled gazetteer has
never seen ("Submitted by the Government of Kenya", "the Internet Society (ISOC)").

- A whole name that is a state's name (ISO 3166, through pycountry) is a government,
  labelled as the UN writes it ("Republic of Korea", not ISO's "Korea, Republic of").
  Only whole names are matched, never words in running text, so "Chad" or "Jordan" in a
  sentence stays a word.
- A name built on an organisation word ("Society", "Association", "Council", ...) or
  ending in an acronym in brackets is an organisation.
- A name after a title ("Mr.", "Ms.", "Dr.", "H.E.") is a person.
- Anything else stays a plain actor: the texts do not say more.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from wgec.graph.layout.names import ORGANIZATION_NAME_RE

#: What a new actor name stands for, as an IRI path prefix and the class's local name.
ActorKind = tuple[Literal["person"], Literal["Person"]] | tuple[Literal["org"], Literal["Organization"]] \
    | tuple[Literal["actor"], Literal["Actor"]]

#: "Government of X", "the Delegation of X", "Permanent Mission of X to ...": the state is X.
GOVERNMENT_OF_RE = re.compile(
    r"^(?:the\s+)?(?:Government|Delegation|Permanent\s+Mission|Mission)\s+of\s+(?:the\s+)?(?P<state>.+?)"
    r"(?:\s+to\s+the\s+.*)?$", re.I)
#: The same in Spanish or French, and a state's style before its name: "Gobierno de Chile", "República
#: Argentina", "Reino de España", "République du Sénégal" (the state is what follows, if named as in English).
STATE_FORM_RE = re.compile(
    r"^(?:(?:el|la|le|l['’])\s*)?(?:Gobierno|Delegaci[oó]n|Misi[oó]n\s+Permanente|Gouvernement|D[ée]l[ée]gation|"
    r"Mission\s+permanente|Rep[uú]blica|R[ée]publique|Reino|Royaume|Estado|[ÉE]tat)"
    r"(?:\s+(?:de\s+la|del|de|du|des)\s+|\s+d['’]|\s+de\s+l['’]|\s+)(?P<state>.+?)$", re.I)


def un_style(iso_name: str) -> str:
    """ISO's inverted names read as the UN writes them.

    >>> un_style("Korea, Republic of"), un_style("Congo, The Democratic Republic of the"), un_style("Chad")
    ('Republic of Korea', 'Democratic Republic of the Congo', 'Chad')
    """
    head, sep, tail = iso_name.partition(", ")
    if not sep:
        return iso_name
    return re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.I)


def _key(name: str) -> str:
    """A state's name to look up: without "the" and full stops, blanks collapsed, lower case, and without
    accents ("Sénégal", as French writes it, is "Senegal"; "Côte d'Ivoire" keys the same with or without its
    accent; "U.S." is "US").

    >>> _key("The  Sénégal"), _key("Côte d'Ivoire"), _key("U.S.")
    ('senegal', "cote d'ivoire", 'us')
    """
    name = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", name.strip(), flags=re.I)).lower().replace(".", "")  # "U.S."
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


#: names the record uses that ISO 3166 no longer (or never) lists: former names ("Turkey", as the UN wrote it
#: until 2022), short forms and initials
FORMER_NAMES = {"Turkey": "TUR", "Republic of Turkey": "TUR", "Swaziland": "SWZ", "Czech Republic": "CZE",
                "Cape Verde": "CPV", "Ivory Coast": "CIV", "Burma": "MMR", "Macedonia": "MKD",
                "The former Yugoslav Republic of Macedonia": "MKD", "Great Britain": "GBR", "UK": "GBR",
                "US": "USA", "Brasil": "BRA", "KSA": "SAU"}  # keys drop full stops: "U.S." is "US"
GOVERNMENT_AFTER_RE = re.compile(r"^(?P<state>.+?)\s+(?:Government|government|Administration)$")  # "US Government"


@lru_cache(maxsize=1)
def _states() -> dict[str, tuple[str, str]]:
    """Lower-cased names (ISO name, UN-style name, official and common names) -> (label, alpha-3)."""
    import pycountry  # imported on first use: loading its database costs start-up time

    out: dict[str, tuple[str, str]] = {}
    by_code: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        label = un_style(c.name)
        head, sep, tail = c.name.partition(", ")  # "Iran, Islamic Republic of": "Iran (Islamic Republic of)" too
        for name in (c.name, label, getattr(c, "official_name", None), getattr(c, "common_name", None),
                     f"{head} ({tail})" if sep else None):
            if name:
                out.setdefault(_key(name), (label, c.alpha_3))
        by_code[c.alpha_3] = (label, c.alpha_3)
    for name, code in FORMER_NAMES.items():
        out.setdefault(_key(name), by_code[code])
    return out


def state_named(name: str) -> tuple[str, str] | None:
    """(UN-style label, ISO alpha-3 code) when the whole ``name`` names a state, else None;
    "Government of X" and the like name the state X.

    >>> state_named("the Government of the Republic of Korea")
    ('Republic of Korea', 'KOR')
    >>> state_named("Iran"), state_named("Internet Society") is None
    (('Islamic Republic of Iran', 'IRN'), True)
    >>> state_named("Iran (Islamic Republic of)")[0], state_named("Turkey")[1], state_named("U.S. Government")[1]
    ('Islamic Republic of Iran', 'TUR', 'USA')
    >>> state_named("República Argentina"), state_named("Gobierno de Chile")[0], state_named("Reino Unido")
    (('Argentina', 'ARG'), 'Chile', None)
    """
    states = _states()
    if (hit := states.get(_key(name))) is not None:
        return hit
    m = GOVERNMENT_OF_RE.match(name.strip()) or STATE_FORM_RE.match(name.strip()) or \
        GOVERNMENT_AFTER_RE.match(name.strip())
    if m is not None:
        return states.get(_key(m.group("state"))) or _by_demonym(m.group("state"), states)
    return _ministry_of_state(name.strip(), states)


def _by_demonym(word: str, states: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The state a demonym before "Government" names: "Australian", "Kenyan", "Canadian", "Japanese", "Italian".

    >>> _by_demonym("Australian", {"australia": ("Australia", "AUS")})
    ('Australia', 'AUS')
    """
    stem = word.strip()
    if not stem.endswith(("n", "e")):
        return None
    candidates = (stem[:-1], stem[:-3] + "a", stem[:-3] + "y", stem[:-3], stem[:-2])
    return next((states[key] for c in candidates if len(c) > 2 and (key := _key(c)) in states), None)


#: "Ministry of Communications of the Republic of Ghana", "Ministry of ICT, Kenya": a state's ministry
MINISTRY_RE = re.compile(r"^(?:the\s+)?(?:Federal\s+|National\s+)?(?:Ministry|Ministère|Ministerio)\b", re.I)
STATE_TAIL_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?|,\s*|\s+(?:de\s+la|del|de|du|des)\s+)(?=[A-Z])", re.I)


def _ministry_of_state(name: str, states: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The state whose ministry ``name`` is, when a tail of the name after "of" or a comma names it.

    >>> _ministry_of_state("Ministry of Communications of the Republic of Ghana", _states())
    ('Ghana', 'GHA')
    >>> _ministry_of_state("Ministry of ICT, Kenya", _states()), _ministry_of_state("Ministry of Justice", _states())
    (('Kenya', 'KEN'), None)
    """
    if not MINISTRY_RE.match(name):
        return None
    for m in STATE_TAIL_RE.finditer(name):
        if (hit := states.get(_key(name[m.end():]))) is not None:
            return hit
    return None


TITLE_RE = re.compile(r"^(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+")
ORGANIZATION_RE = ORGANIZATION_NAME_RE  # one list of organisation words, shared with the front matter


def new_actor_kind(label: str) -> ActorKind:
    """(IRI path prefix, class local name) for an actor name the gazetteer lacks.

    >>> new_actor_kind("Internet Society (ISOC)"), new_actor_kind("Mr. Jones"), new_actor_kind("Jane Roe")
    (('org', 'Organization'), ('person', 'Person'), ('actor', 'Actor'))
    """
    if TITLE_RE.match(label):
        return "person", "Person"
    if ORGANIZATION_RE.search(label):
        return "org", "Organization"
    return "actor", "Actor"

"""Lists of actor names as documents write them: "A, B and C", "X on behalf of Y"."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ActorName

SPLIT_NAMES_RE = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s+AND\s+|\s*&\s*)\s*")
BEHALF_RE = re.compile(r"[\s,]+on\s+behalf\s+of\s+", re.I)
# a represented party named as one body, whose name may contain "and": "the Group of 77 and China"
GROUP_NAME_RE = re.compile(r"\b(?:Group|Union|Coalition|Alliance|Member\s+States|G-?\d+)\b", re.I)


def split_names(text: str, offset: int) -> list[ActorName]:
    """Actor names of a list such as "SAUDI ARABIA, RUSSIAN FEDERATION, PAKISTAN AND X".

    >>> [a.name for a in split_names("Brazil, Mexico, Sweden, and United Kingdom", 0)]
    ['Brazil', 'Mexico', 'Sweden', 'United Kingdom']
    """
    names: list[ActorName] = []
    pos = 0
    for part in SPLIT_NAMES_RE.split(text):
        idx = text.find(part, pos)
        name = clean_text(part).strip(" .:;")
        name = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
        if name:
            start = offset + idx + part.find(name) if name in part else offset + idx
            names.append(ActorName(name, start, start + len(name)))
        pos = idx + len(part)
    return names


def split_behalf(text: str, offset: int) -> tuple[list[ActorName], list[ActorName]]:
    """Submitters and the parties they represent, from "X on behalf of Y".

    >>> subs, behalf = split_behalf("Government of Brazil, on behalf of the Group of 77 and China", 0)
    >>> [a.name for a in subs], [(a.name, a.start) for a in behalf]
    (['Government of Brazil'], [('Group of 77 and China', 39)])
    >>> [a.name for a in split_behalf("Mexico on behalf of Brazil and Peru", 0)[1]]
    ['Brazil', 'Peru']
    """
    m = BEHALF_RE.search(text)
    if m is None:
        return split_names(text, offset), []
    return split_names(text[:m.start()], offset), represented(text[m.end():], offset + m.end())


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

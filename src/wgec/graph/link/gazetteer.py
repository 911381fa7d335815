"""The gazetteer: known agencies, forums, governments, people and UN instruments.

A curated CSV (package data) lists each entity with its aliases, odd spellings
found in the texts (resolved with a note), Wikidata id and, for bodies that
existed twice (the two WGECs), the period that tells them apart.  Mentions are
found longest alias first; acronyms (names in capitals) match case-sensitively.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, TypeAlias, TypeGuard, get_args

from wgec.errors import DataFileError
from wgec.graph.link.actors import GOVERNMENT_OF_RE

#: The kinds of entity the gazetteer lists (each a class of the wgec ontology).
EntityType = Literal["Government", "Person", "Group", "Organization", "WorkingGroup", "Forum", "Instrument"]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
LANGUAGE_TAG_RE = re.compile(r"^(.+?)@([a-z]{2,3})$")  # an alias in another language: "Agenda de Tunis@fr"
COLUMNS = ("id", "type", "label", "aliases", "odd_spellings", "wikidata", "period", "note")
ID_RE = re.compile(r"^[a-z]+/[a-z0-9][a-z0-9-]*$")
WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")
PERIOD_RE = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(frozen=True)
class Entity:
    """One gazetteer entry; ``slug`` is its path under ``https://w3id.org/wgec/id/``."""

    slug: str
    type: EntityType
    label: str
    aliases: tuple[str, ...] = ()
    odd_spellings: tuple[str, ...] = ()
    wikidata: str | None = None
    period: tuple[int, int] | None = None
    note: str | None = None
    languages: tuple[tuple[str, str], ...] = ()  # (alias, language) of the aliases not in English

    def language_of(self, alias: str) -> str:
        """The language an alias is written in: English unless the gazetteer says otherwise
        ("Agenda de Tunis@fr" in its aliases column)."""
        return next((lang for name, lang in self.languages if name == alias), "en")

    @property
    def short_name(self) -> str:
        """The name used in labels of its parts, e.g. 'Tunis Agenda'."""
        return self.aliases[0] if self.aliases else self.label


@dataclass(frozen=True)
class Mention:
    """An entity named in a text at ``start:end``, written as ``written``."""

    entity: Entity
    start: int
    end: int
    written: str

    @property
    def is_odd_spelling(self) -> bool:
        return self.written in self.entity.odd_spellings


def _is_case_sensitive(alias: str) -> bool:
    """Acronyms (all capitals: WHO, UN, A/70/125) match in their case only; other names in any case."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass
class Gazetteer:
    """Entities and the alias index that finds their mentions in text."""

    entities: list[Entity]
    source: str = "gazetteer.csv"
    _by_slug: dict[str, Entity] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_slug = {e.slug: e for e in self.entities}

    def __getitem__(self, slug: str) -> Entity:
        return self._by_slug[slug]

    def get(self, slug: str) -> Entity | None:
        return self._by_slug.get(slug)

    @cached_property
    def _alias_table(self) -> dict[str, list[Entity]]:
        table: dict[str, list[Entity]] = {}
        for entity in self.entities:
            names = {entity.label, *entity.aliases, *entity.odd_spellings}
            for name in names:
                key = name if _is_case_sensitive(name) else name.lower()
                table.setdefault(key, [])
                if entity not in table[key]:
                    table[key].append(entity)
        return table

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """One case-insensitive trie regex over every name (fast even with hundreds of aliases);
        case-sensitive names (acronyms) are checked for exact case in :meth:`candidates`."""
        names = {n for e in self.entities for n in (e.label, *e.aliases, *e.odd_spellings)}
        # a name's end: no letter or digit after it, but a note's mark may follow ("Tunis Agenda²")
        return re.compile(r"(?<![\w/+-])(?:" + trie_regex(names) + r")(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹]|\+|-\w)", re.I)

    def candidates(self, written: str) -> list[Entity]:
        """Entities an alias may stand for (several only for bodies told apart by period)."""
        written = re.sub(r"\s+", " ", written)
        return self._alias_table.get(written) or self._alias_table.get(written.lower(), [])

    def lookup(self, name: str, year: int | None = None) -> Entity | None:
        """The entity a whole name stands for, or None.

        >>> load_gazetteer().lookup("the Russian Federation").slug
        'gov/russian-federation'
        >>> load_gazetteer().lookup("Permanent Mission of Brazil to the United Nations").slug
        'gov/brazil'
        """
        name = re.sub(r"^(?:the|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.E\.)\s+", "", name.strip(), flags=re.I).strip(" .,:;")
        entity = self.disambiguate(self.candidates(name), year)
        if entity is None and (m := GOVERNMENT_OF_RE.match(name)) is not None:
            state = self.lookup(m.group("state"), year)  # "Government of Brazil" is Brazil
            return state if state is not None and state.type == "Government" else None
        return entity

    @staticmethod
    def disambiguate(candidates: list[Entity], year: int | None) -> Entity | None:
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        if year is not None:
            for entity in candidates:
                if entity.period and entity.period[0] <= year <= entity.period[1]:
                    return entity
        return None

    def find_mentions(self, text: str, year: int | None = None) -> list[Mention]:
        """Entities named in ``text``; an ambiguous name is linked only if ``year`` decides.

        >>> [m.entity.slug for m in load_gazetteer().find_mentions("HLPF, WSIS Forum, IGF")]
        ['forum/hlpf', 'forum/wsis-forum', 'forum/igf']
        """
        found = []
        for m in self._pattern.finditer(text):
            entity = self.disambiguate(self.candidates(m.group(0)), year)
            if entity is not None:
                found.append(Mention(entity, m.start(), m.end(), m.group(0)))
        return found

    def ambiguous_names(self, text: str) -> list[str]:
        """Names in ``text`` that stand for several entities (for era detection)."""
        return [m.group(0) for m in self._pattern.finditer(text) if len(self.candidates(m.group(0))) > 1]


Trie: TypeAlias = dict[str, "Trie"]  # one character per level; "" marks the end of a name


def trie_regex(names: Iterable[str]) -> str:
    r"""A regex matching any of ``names`` (longest first at each position), sharing prefixes;
    a space in a name matches any run of whitespace (names wrap over lines).

    >>> trie_regex(["UN", "UN Women", "UNDP"])
    'un(?:(?:\\s+women|dp))?'
    """
    trie: Trie = {}
    for name in names:
        node = trie
        for token in re.findall(r"\s+|.", name.lower()):
            node = node.setdefault(" " if token.isspace() else token, {})
        node[""] = {}

    def emit(node: Trie) -> str:
        branches = [(r"\s+" if k == " " else re.escape(k)) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return emit(trie)


def _is_entity_type(value: str) -> TypeGuard[EntityType]:
    return value in ENTITY_TYPES


def _split(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip())


def _languages(aliases: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Aliases without their language tags, and the (alias, language) of those that had one.

    >>> _languages(("Tunis Agenda", "Agenda de Tunis@fr"))
    (('Tunis Agenda', 'Agenda de Tunis'), (('Agenda de Tunis', 'fr'),))
    """
    tagged = [(m.group(1).strip(), m.group(2)) if (m := LANGUAGE_TAG_RE.match(a)) else (a, "") for a in aliases]
    return tuple(a for a, _ in tagged), tuple((a, lang) for a, lang in tagged if lang)


def parse_gazetteer(text: str, source: str) -> Gazetteer:
    """Parse gazetteer CSV text; errors name ``source`` and the line."""
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or tuple(reader.fieldnames) != COLUMNS:
        raise DataFileError(source, 1, f"header must be {','.join(COLUMNS)}")
    entities: list[Entity] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(source, line, f"expected {len(COLUMNS)} columns")
        slug, etype, label = row["id"].strip(), row["type"].strip(), row["label"].strip()
        if not ID_RE.match(slug):
            raise DataFileError(source, line, f"bad id {slug!r} (expected kind/slug, lower-case)")
        if slug in seen:
            raise DataFileError(source, line, f"duplicate id {slug!r}")
        if not _is_entity_type(etype):
            raise DataFileError(source, line, f"unknown type {etype!r} (one of {', '.join(ENTITY_TYPES)})")
        if not label:
            raise DataFileError(source, line, "empty label")
        wikidata = row["wikidata"].strip() or None
        if wikidata and not WIKIDATA_RE.match(wikidata):
            raise DataFileError(source, line, f"bad Wikidata id {wikidata!r}")
        period = None
        if row["period"].strip():
            m = PERIOD_RE.match(row["period"].strip())
            if not m:
                raise DataFileError(source, line, f"bad period {row['period']!r} (expected YYYY-YYYY)")
            period = (int(m.group(1)), int(m.group(2)))
        seen.add(slug)
        aliases, languages = _languages(_split(row["aliases"]))
        entities.append(Entity(slug, etype, label, aliases, _split(row["odd_spellings"]),
                               wikidata, period, row["note"].strip() or None, languages))
    return Gazetteer(entities, source)


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The bundled gazetteer, or the one at ``path``."""
    if path is None:
        return _bundled_gazetteer()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read gazetteer ({exc})") from exc
    return parse_gazetteer(text, str(path))


@lru_cache(maxsize=1)
def _bundled_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read and indexed once per process: every build, doctest and notebook
    call asks for it, and its alias index and trie regex take 20-40 ms to make. Nothing changes a
    gazetteer once made (its entities are frozen), so one object serves them all."""
    ref = resources.files("wgec.graph") / "data" / "gazetteer.csv"
    return parse_gazetteer(ref.read_text(encoding="utf-8"), "gazetteer.csv")

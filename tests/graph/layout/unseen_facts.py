"""An analyst's facts about one document (``tests/fixtures/unseen/NAME.facts.csv``, written from
the text before the tool was run) checked against the graph built from it.

Each row is ``fact,value,detail``: ``title`` (alternatives by ``|``), ``submitter`` (names separated by ``|`` are
alternatives; detail an actor class), ``group_member``, ``delivered_by``, ``not_submitter``,
``date`` (ISO, detail the precision), ``kind`` (alternatives by ``|``), ``proposals`` (how many
proposals), ``top_level`` (how many are not part of another), ``proposal`` (an exact text),
``part_of`` (a sub-item's text, detail the start of its parent's), ``answer`` (question number, a
sub-question's letter after it: ``1a``; detail a paragraph of the answer), ``answered`` (the question
numbers answered, by spaces),
``not_proposal`` (words no proposal starts with or holds as its own), ``reported`` (a stance
found in a sentence with these words is reported, never asserted), ``citation`` (an instrument
as named, detail a paragraph), ``mapped_to`` (an issue as written in a mapping table, detail an
organisation or forum it is mapped to, as the gazetteer names it), ``proposed_by`` (a proposal's exact text,
detail a name of its own submitter: a compilation's contributor, not its compiler), ``meeting`` (a meeting
that starts on this date), ``symbol`` (the UN document symbol).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from wgec.ontology.vocab import WGEC

PRECISION = {"day": "unitDay", "month": "unitMonth", "year": "unitYear"}


@dataclass
class Fact:
    fact: str
    value: str
    detail: str

    def __str__(self) -> str:
        return f"{self.fact}: {self.value}" + (f" ({self.detail})" if self.detail else "")


def read_facts(path: Path) -> list[Fact]:
    with path.open(encoding="utf-8", newline="") as f:
        return [Fact(r["fact"], r["value"], r["detail"]) for r in csv.DictReader(f)]


def norm(text: str) -> str:
    """Whitespace collapsed, typographic quotes made straight."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


class Doc:
    """The one document of a build (the one from a file: a draft it responds to is a document too) and what
    hangs from it."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        (self.iri,) = [d for d in g.subjects(RDF.type, WGEC.Document)
                       if isinstance(d, URIRef) and (d, DCTERMS.source, None) in g]
        self.proposals = [p for p in g.subjects(WGEC.inDocument, self.iri) if (p, RDF.type, WGEC.Proposal) in g]
        self.texts = {p: norm(str(g.value(p, WGEC.text))) for p in self.proposals}

    def labels(self, node) -> set[str]:
        """A node's names, case folded ("ARTICLE 19" as signed is "Article 19")."""
        return {norm(str(o)).casefold() for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
                for o in self.g.objects(node, p)}

    def submitters(self) -> list:
        return list(self.g.objects(self.iri, WGEC.submittedBy))

    def by_text(self, text: str) -> list:
        return [p for p, t in self.texts.items() if t == norm(text)]

    def cited(self) -> set:
        subjects = [self.iri, *self.proposals]
        out = {o for s in subjects for o in self.g.objects(s, WGEC.cites)}
        for q in self.g.subjects(RDF.type, WGEC.Quotation):
            if (q, WGEC.inDocument, self.iri) in self.g:
                out |= set(self.g.objects(q, WGEC.quotes))
        return out


def _submitter(d: Doc, f: Fact) -> bool:
    names = {norm(n).casefold() for n in f.value.split("|")}
    subs = d.submitters()
    return len(subs) == 1 and bool(d.labels(subs[0]) & names) and (
        not f.detail or (subs[0], RDF.type, WGEC[f.detail]) in d.g)


def _group_member(d: Doc, f: Fact) -> bool:
    """A member of the group that submits: a member of the one submitting wgec:Group, or, as the graph
    states a jointly submitted document (each co-submitter its own wgec:submittedBy), a co-submitter."""
    subs = d.submitters()
    members = list(d.g.objects(subs[0], WGEC.hasMember)) if len(subs) == 1 else subs
    return any(norm(f.value).casefold() in d.labels(m) for m in members)


def _delivered_by(d: Doc, f: Fact) -> bool:
    return any(norm(f.value).casefold() in d.labels(p) for p in d.g.objects(d.iri, WGEC.deliveredBy))


def _not_submitter(d: Doc, f: Fact) -> bool:
    return not any(f.value.casefold() in " ".join(d.labels(s)) for s in d.submitters())


def _date(d: Doc, f: Fact) -> bool:
    date = d.g.value(d.iri, DCTERMS.date)
    precision = d.g.value(d.iri, WGEC.datePrecision)
    return date is not None and str(date).startswith(f.value) and str(precision).endswith(PRECISION[f.detail])


def _kind(d: Doc, f: Fact) -> bool:
    kind = d.g.value(d.iri, WGEC.documentKind)
    return kind is not None and str(kind).rsplit("/", 1)[-1] in f.value.split("|")


def _count(d: Doc, f: Fact) -> bool:
    return len(d.proposals) == int(f.value)


def _top_level(d: Doc, f: Fact) -> bool:
    return len([p for p in d.proposals if d.g.value(p, WGEC.partOf) is None]) == int(f.value)


def _proposal(d: Doc, f: Fact) -> bool:
    return any(d.g.value(p, WGEC.submittedBy) in d.submitters() for p in d.by_text(f.value))


def _proposed_by(d: Doc, f: Fact) -> bool:
    name = norm(f.detail).casefold()
    return any(any(name in label for label in d.labels(s)) for p in d.by_text(f.value)
               for s in d.g.objects(p, WGEC.submittedBy))


def _part_of(d: Doc, f: Fact) -> bool:
    parents = [d.g.value(p, WGEC.partOf) for p in d.by_text(f.value)]
    return any(p is not None and d.texts.get(p, "").startswith(norm(f.detail)) for p in parents)


def _answers(d: Doc, number: str) -> list:
    return [p for p in d.proposals if str(d.g.value(p, WGEC.answersQuestion) or "").endswith(f"questionnaire-{number}")]


def _answer(d: Doc, f: Fact) -> bool:
    return any(norm(f.detail) in d.texts[p] and d.g.value(p, WGEC.submittedBy) in d.submitters()
               for p in _answers(d, f.value))


def _answered(d: Doc, f: Fact) -> bool:
    numbers = {str(q).rsplit("-", 1)[-1] for p in d.proposals for q in d.g.objects(p, WGEC.answersQuestion)}
    return numbers == set(f.value.split())


def _not_proposal(d: Doc, f: Fact) -> bool:
    return not any(t.startswith(norm(f.value)) or norm(f.value) in t for t in d.texts.values())


def _reported(d: Doc, f: Fact) -> bool:
    """Every stance found in a sentence with these words is marked reported (none is asserted)."""
    g = d.g
    for st in g.subjects(RDF.type, WGEC.StanceStatement):
        quotes = " ".join(str(q) for span in g.objects(st, WGEC.evidence) for q in g.objects(span, WGEC.quote))
        if norm(f.value) in norm(quotes) and not g.value(st, WGEC.reported):
            return False
    return True


def _citation(d: Doc, f: Fact) -> bool:
    for p in d.cited():
        instruments = [o for o in d.g.objects(p, None) if (o, RDF.type, WGEC.Instrument) in d.g]
        named = any(norm(f.value).casefold() in d.labels(i) for i in instruments)
        if str(d.g.value(p, WGEC.paragraph)) == f.detail and named:
            return True
    return False


def _meeting(d: Doc, f: Fact) -> bool:
    return any(str(d.g.value(m, WGEC.startDate) or "").startswith(f.value)
               for m in d.g.subjects(RDF.type, WGEC.Meeting))


def _mapped_to(d: Doc, f: Fact) -> bool:
    """An issue of a mapping table is mapped to this organisation or forum, stated in this document."""
    g = d.g
    for st in g.subjects(RDF.type, WGEC.MappingStatement):
        if (st, WGEC.inDocument, d.iri) in g and norm(f.value).casefold() in d.labels(g.value(st, RDF.subject)) \
                and norm(f.detail).casefold() in d.labels(g.value(st, RDF.object)):
            return True
    return False


def _symbol(d: Doc, f: Fact) -> bool:
    """The document's UN symbol (E/CN.16/2017/CRP.1) is stated of it (dcterms:identifier)."""
    return any(norm(str(o)) == f.value for o in d.g.objects(d.iri, DCTERMS.identifier))


def _title(d: Doc, f: Fact) -> bool:
    return norm(str(d.g.value(d.iri, DCTERMS.title))) in {norm(t) for t in f.value.split("|")}


CHECKS: dict[str, Callable[[Doc, Fact], bool]] = {
    "title": _title, "submitter": _submitter, "group_member": _group_member, "delivered_by": _delivered_by,
    "not_submitter": _not_submitter, "date": _date, "kind": _kind, "proposals": _count, "top_level": _top_level,
    "proposal": _proposal, "proposed_by": _proposed_by, "part_of": _part_of, "answer": _answer, "answered": _answered,
    "not_proposal": _not_proposal, "reported": _reported, "citation": _citation, "meeting": _meeting, "symbol": _symbol,
    "mapped_to": _mapped_to}


def missed(g: Graph, facts: list[Fact]) -> list[Fact]:
    """The facts the graph does not state."""
    doc = Doc(g)
    return [f for f in facts if not CHECKS[f.fact](doc, f)]

"""What an analyst reads on a node: human labels, classes in words, tooltips with document
titles and quotes, and dates with their precision (stated or inferred).

Never the machinery: no hashed file names (a passage is cited by its document's title and
line), no raw metrics.  One :class:`Describer` per graph caches the lookups.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, TIME, XSD
from rdflib.term import Node

from wgec.ontology.vocab import ID, WGEC

CLASS_ORDER = ["Government", "Person", "Group", "WorkingGroup", "Organization", "Forum", "Actor", "Proposal",
               "Document", "IssueLevel", "FocusArea", "Category", "Issue", "Provision", "Instrument", "Position",
               "Meeting", "Question", "Characteristic", "Amendment", "SourceFile"]
#: A class in words, singular and plural.
NOUNS = {"Government": ("government", "governments"), "Person": ("person", "people"),
         "Group": ("group of states", "groups of states"), "WorkingGroup": ("working group", "working groups"),
         "Organization": ("organisation", "organisations"), "Forum": ("forum", "forums"),
         "Actor": ("actor", "actors"), "Proposal": ("proposal", "proposals"), "Document": ("document", "documents"),
         "IssueLevel": ("issue level", "issue levels"), "FocusArea": ("focus area", "focus areas"),
         "Category": ("issue category", "issue categories"), "Issue": ("issue", "issues"),
         "Provision": ("paragraph", "paragraphs"), "Instrument": ("UN instrument", "UN instruments"),
         "Position": ("question of the debate", "questions of the debate"), "Meeting": ("meeting", "meetings"),
         "Question": ("guiding question", "guiding questions"), "Characteristic": ("characteristic", "characteristics"),
         "Amendment": ("amendment", "amendments"), "SourceFile": ("source file", "source files"),
         "Resource": ("entity", "entities"), "Literal": ("value", "values")}
ACTOR_CLASSES = ("Government", "Person", "Group", "WorkingGroup", "Organization", "Forum", "Actor")
PRECISIONS = {TIME.unitDay: "day", TIME.unitMonth: "month", TIME.unitYear: "year"}
QUOTE_MAX = 280
TEXT_MAX = 420
LABEL_MAX = 38


def noun(cls: str, count: int = 1) -> str:
    singular, plural = NOUNS.get(cls, (cls.lower(), cls.lower() + "s"))
    return singular if count == 1 else plural


def cap(text: str) -> str:
    """The first letter in capitals ('UN instruments', not 'Un instruments')."""
    return text[:1].upper() + text[1:]


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary under ``limit`` characters (with an ellipsis)."""
    text = " ".join(text.replace("**", "").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


@dataclass(frozen=True)
class When:
    """A date at a precision (day, month or year); ``source`` says where an inferred date comes from."""

    start: dt.date
    precision: str = "day"
    source: str | None = None

    @property
    def inferred(self) -> bool:
        return self.source is not None

    @property
    def end(self) -> dt.date:
        if self.precision == "year":
            return dt.date(self.start.year, 12, 31)
        if self.precision == "month":
            nxt = dt.date(self.start.year + self.start.month // 12, self.start.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return self.start

    def text(self) -> str:
        """'5 December 2016', 'May 2013' or '2013', then how it was inferred if it was."""
        fmt = {"day": "%-d %B %Y", "month": "%B %Y", "year": "%Y"}[self.precision]
        out = self.start.strftime(fmt)
        return f"{out} (inferred: {self.source})" if self.source else out


def parse_date(value: Node | None, precision: Node | None = None) -> When | None:
    """An ``xsd:date`` (day precision), or an ``xsd:dateTime`` at its ``wgec:datePrecision``;
    ``xsd:gYearMonth`` and ``xsd:gYear`` too.

    >>> from rdflib.namespace import TIME
    >>> parse_date(Literal("2013-05-01T00:00:00", datatype=XSD.dateTime), TIME.unitMonth).text()
    'May 2013'
    >>> parse_date(Literal("2016-12-05", datatype=XSD.date)).text()
    '5 December 2016'
    """
    if not isinstance(value, Literal):
        return None
    text = str(value).strip()
    guess = {XSD.gYear: "year", XSD.gYearMonth: "month"}.get(value.datatype, "day")  # type: ignore[arg-type]
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if m.group(2) is None:
        guess = "year"
    elif m.group(3) is None:
        guess = "month"
    try:
        start = dt.date(year, month, day)
    except ValueError:
        return None
    return When(start, PRECISIONS.get(precision, guess) if isinstance(precision, URIRef) else guess)


class Describer:
    """Labels, classes, dates and tooltips of the entities of one graph."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        # asked again and again for the same few entities (every proposal names its document, its
        # submitters and their dates): each answer is looked up in the graph once per describer
        self._labels: dict[Node, str] = {}
        self._classes: dict[Node, str] = {}
        self._whens: dict[Node, When | None] = {}

    @cached_property
    def _file_docs(self) -> dict[Node, URIRef]:
        out: dict[Node, URIRef] = {}
        for doc, file in self.graph.subject_objects(DCTERMS.source):
            if isinstance(doc, URIRef) and (doc, RDF.type, WGEC.Document) in self.graph:
                out.setdefault(file, doc)
        return out

    def cls(self, iri: Node) -> str:
        found = self._classes.get(iri)
        if found is None:
            found = self._classes[iri] = self._cls(iri)
        return found

    def _cls(self, iri: Node) -> str:
        types = {str(t)[len(str(WGEC._NS)):] for t in self.graph.objects(iri, RDF.type)
                 if str(t).startswith(str(WGEC._NS))}
        return next((c for c in CLASS_ORDER if c in types), "Resource")

    def label(self, iri: Node) -> str:
        found = self._labels.get(iri)
        if found is None:
            found = self._labels[iri] = self._label(iri)
        return found

    def _label(self, iri: Node) -> str:
        for p in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
            value = self.graph.value(iri, p)
            if value is not None:
                return " ".join(str(value).split())
        text = str(iri)
        return text[len(str(ID)):] if text.startswith(str(ID)) else text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def short(self, iri: Node, cls: str | None = None) -> str:
        """The label drawn on the node: a proposal is 'Proposal 1.3', anything else its label, clipped."""
        cls = cls or self.cls(iri)
        if cls == "Proposal":
            number = self.graph.value(iri, WGEC.number) or self.graph.value(iri, WGEC.sequence)
            return f"Proposal {number}" if number is not None else clip(self.label(iri), LABEL_MAX)
        if cls == "Provision":
            return clip(self.label(iri), LABEL_MAX)
        return clip(self.label(iri), LABEL_MAX)

    def document_of(self, iri: Node) -> URIRef | None:
        doc = self.graph.value(iri, WGEC.inDocument)
        return doc if isinstance(doc, URIRef) else None

    def where(self, span: Node) -> str:
        """A passage as 'Document title, line 12' (never the hashed corpus file name)."""
        doc = self._file_docs.get(self.graph.value(span, WGEC.inFile))  # type: ignore[arg-type]
        line = self.graph.value(span, WGEC.startLine)
        name = clip(self.label(doc), 90) if doc is not None else "a source file"
        return f"{name}, line {line}" if line is not None else name

    def quote(self, iri: Node) -> str | None:
        """The first evidence passage of ``iri`` as '“…” (Document, line N)'."""
        direct = self.graph.value(iri, WGEC.quote)
        span = next(iter(sorted(self.graph.objects(iri, WGEC.evidence), key=str)), None)
        text = direct if direct is not None else (self.graph.value(span, WGEC.quote) if span is not None else None)
        if text is None:
            return None
        quoted = f"“{clip(str(text), QUOTE_MAX)}”"
        return f"{quoted} ({self.where(span)})" if span is not None else quoted

    def date(self, iri: Node) -> When | None:
        """The stated date of ``iri`` (``dcterms:date``, else ``wgec:startDate``), or None."""
        precision = self.graph.value(iri, WGEC.datePrecision)
        for p in (DCTERMS.date, WGEC.startDate):
            when = parse_date(self.graph.value(iri, p), precision)
            if when is not None:
                return when
        return None

    def end_date(self, iri: Node) -> When | None:
        return parse_date(self.graph.value(iri, WGEC.endDate), self.graph.value(iri, WGEC.datePrecision))

    def when(self, iri: Node) -> When | None:
        """The date of ``iri``, stated or inferred: a proposal from its document, a document from its
        ``wgec:inferredDate`` (the build's), else the meeting it was prepared for, the document it
        responds to, or its working group's first year."""
        if iri not in self._whens:
            self._whens[iri] = self._when(iri)
        return self._whens[iri]

    def _when(self, iri: Node) -> When | None:
        stated = self.date(iri)
        if stated is not None:
            return stated
        doc = self.document_of(iri)
        if doc is not None:
            found = self.when(doc)
            return When(found.start, found.precision, f"from its document, {clip(self.label(doc), 60)}") \
                if found else None
        return self._inferred_document_date(iri)

    def _inferred_document_date(self, iri: Node) -> When | None:
        given = parse_date(self.graph.value(iri, WGEC.inferredDate), self.graph.value(iri, WGEC.datePrecision))
        if given is not None:  # inferred by the build (wgec:inferredDate, wgec:dateInferredFrom a meeting)
            source = self.graph.value(iri, WGEC.dateInferredFrom)
            return When(given.start, given.precision, f"from the {self.label(source)}" if source is not None
                        else "by the build")
        for meeting in sorted(self.graph.objects(iri, WGEC.preparedFor), key=str):
            found = self.date(meeting)
            if found:
                return When(found.start, found.precision, f"prepared for the {self.label(meeting)}")
        for earlier in sorted(self.graph.objects(iri, WGEC.respondsTo), key=str):
            found = self.date(earlier)
            if found:
                return When(found.start, found.precision, f"responds to {clip(self.label(earlier), 60)}, "
                                                          f"so on or after this date")
        for wg in sorted(self.graph.objects(iri, WGEC.forWorkingGroup), key=str):
            period = self.graph.value(wg, DCTERMS.temporal)
            m = re.match(r"^(\d{4})", str(period or ""))
            if m:
                return When(dt.date(int(m.group(1)), 1, 1), "year", f"work of the {self.label(wg)}")
        return None

    def submitters(self, iri: Node) -> list[str]:
        return sorted(self.label(a) for a in self.graph.objects(iri, WGEC.submittedBy))

    def tooltip(self, iri: Node, cls: str | None = None) -> str:
        """Plain text (the page shows it as text): what the entity is, in words an analyst reads."""
        cls = cls or self.cls(iri)
        lines = [self.label(iri) if cls != "Proposal" else self.short(iri, cls), cap(noun(cls))]
        if cls == "Proposal":
            lines = [self.short(iri, cls) + self._proposal_context(iri),
                     f"“{clip(str(self.graph.value(iri, WGEC.text) or self.label(iri)), TEXT_MAX)}”"]
        elif cls == "Document":
            lines += self._document_context(iri)
        else:
            definition = self.graph.value(iri, SKOS.definition)
            if definition is not None:
                lines.append(clip(str(definition), QUOTE_MAX))
            quote = self.quote(iri)
            if quote and cls not in ACTOR_CLASSES:
                lines.append(quote)
        return "\n".join(x for x in lines if x)

    def _proposal_context(self, iri: Node) -> str:
        doc = self.document_of(iri)
        who = self.submitters(iri)
        when = self.when(iri)
        parts = [f" in {clip(self.label(doc), 90)}" if doc is not None else "",
                 f" ({when.text()})" if when else "", f", submitted by {', '.join(who)}" if who else ""]
        return "".join(parts)

    def _document_context(self, iri: Node) -> list[str]:
        who = self.submitters(iri)
        when = self.when(iri)
        proposals = sum(1 for _ in self.graph.subjects(WGEC.inDocument, iri))
        return [f"Submitted by {', '.join(who)}" if who else "",
                f"Dated {when.text()}" if when else "Undated",
                f"{proposals} proposals" if proposals else ""]

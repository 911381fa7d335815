"""The wgec vocabulary, bound once.

Every ontology term used in code comes from here, so a typo fails at import
(``_fail = True``) instead of producing a silent new IRI.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = URIRef("https://w3id.org/wgec/ontology")
ID = Namespace("https://w3id.org/wgec/id/")
"""Namespace of instances: ``ID["org/itu"]``."""
GRAPH_BASE = "https://w3id.org/wgec/graph/"
"""Base of the dataset's named graphs: one per document (``graph/doc/SLUG``), ``graph/reference``,
``graph/annotations``, ``graph/similarity`` and the ontology's."""
PUSH_GRAPH = GRAPH_BASE.rstrip("/")
"""The named graph ``wgec push`` writes unless told otherwise (the store's other graphs are left alone)."""


class WGEC(DefinedNamespace):
    """Classes and properties of ``https://w3id.org/wgec/ontology#``."""

    _NS = Namespace("https://w3id.org/wgec/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    AliasResolution: URIRef
    Amendment: URIRef
    AnnotationStatement: URIRef
    Category: URIRef
    Characteristic: URIRef
    DebateQuestion: URIRef
    Document: URIRef
    DocumentKind: URIRef
    EvidencedStatement: URIRef
    FocusArea: URIRef
    Forum: URIRef
    Government: URIRef
    Group: URIRef
    Instrument: URIRef
    Issue: URIRef
    IssueLevel: URIRef
    MappingStatement: URIRef
    Meeting: URIRef
    Move: URIRef
    Organization: URIRef
    Person: URIRef
    Position: URIRef
    Proposal: URIRef
    SimilarityStatement: URIRef
    StanceStatement: URIRef
    Provision: URIRef
    Question: URIRef
    Quotation: URIRef
    RenditionDecision: URIRef
    SourceFile: URIRef
    TextSpan: URIRef
    WorkingGroup: URIRef

    # properties
    addressesIssue: URIRef
    affiliatedWith: URIRef
    amendedBy: URIRef
    amendedText: URIRef
    amends: URIRef
    answersQuestion: URIRef
    askedBy: URIRef
    asOption: URIRef
    chairedBy: URIRef
    cites: URIRef
    confidence: URIRef
    conditional: URIRef
    confidenceScore: URIRef
    containment: URIRef
    coordinatedBy: URIRef
    dateInferredFrom: URIRef
    datePrecision: URIRef
    deletedText: URIRef
    deliveredBy: URIRef
    documentKind: URIRef
    endChar: URIRef
    endDate: URIRef
    endLine: URIRef
    endPage: URIRef
    evidence: URIRef
    fileCompared: URIRef
    fileName: URIRef
    forWorkingGroup: URIRef
    fromDraft: URIRef
    hasAliasResolution: URIRef
    hasAmendment: URIRef
    hasMember: URIRef
    inCategory: URIRef
    inDocument: URIRef
    inFile: URIRef
    inferredDate: URIRef
    insertedText: URIRef
    jaccard: URIRef
    lengthRatio: URIRef
    mappedToForum: URIRef
    mappedToOrganization: URIRef
    meetingOf: URIRef
    movedFrom: URIRef
    movedText: URIRef
    movedTo: URIRef
    merged: URIRef
    mentions: URIRef
    method: URIRef
    number: URIRef
    onBehalfOf: URIRef
    opposesPosition: URIRef
    ordinal: URIRef
    originalNumber: URIRef
    paragraph: URIRef
    partOf: URIRef
    personTitle: URIRef
    place: URIRef
    preparedFor: URIRef
    quote: URIRef
    quotedBy: URIRef
    quotes: URIRef
    quotesProposal: URIRef
    recommendsCharacteristic: URIRef
    refersToInstrument: URIRef
    renditionOf: URIRef
    reported: URIRef
    reportedHolder: URIRef
    resolvedTo: URIRef
    respondsTo: URIRef
    section: URIRef
    score: URIRef
    sequence: URIRef
    sha256: URIRef
    similarTo: URIRef
    similarity: URIRef
    sourceURL: URIRef
    startChar: URIRef
    startDate: URIRef
    startLine: URIRef
    startPage: URIRef
    subItem: URIRef
    subgroupOf: URIRef
    supersededBy: URIRef
    submittedBy: URIRef
    supportsPosition: URIRef
    text: URIRef
    wikidataId: URIRef
    writtenAs: URIRef


def _bind_terms(namespace: type[DefinedNamespace]) -> None:
    """Make each declared term a plain class attribute, so ``WGEC.Proposal`` is a dictionary
    look-up: rdflib's DefinedNamespace goes through its metaclass's ``__getattr__`` on every
    access (~1 µs), and a build reads ~150,000 terms a MB of text.  Undeclared names still
    reach ``__getattr__`` and fail (``_fail``)."""
    for name in namespace.__annotations__:
        if not name.startswith("_"):
            type.__setattr__(namespace, name, namespace._NS[name])


_bind_terms(WGEC)

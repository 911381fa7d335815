"""What the layout readers find in a document: plain data, no RDF.

:func:`wgec.graph.layout.document.parse_document` fills a :class:`ParsedDocument`;
:mod:`wgec.graph.emit.emitter` turns it into triples.  Every span is a pair of
offsets into the document's :attr:`~wgec.graph.ingest.source.SourceFile.text`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.datelines import Precision

#: How a document is laid out: a contribution (one submitter's text), a rolling document
#: (compiled submissions, groups A-E), a notice (a call or announcement: no proposals), or none of
#: these (kept with its mentions, no proposals).
Layout = Literal["contribution", "rolling", "notice", "unrecognised"]
#: A guiding question (of a contribution answering them) or a question of a questionnaire.
QuestionKind = Literal["guiding", "questionnaire"]
#: What a document is (:mod:`wgec.graph.layout.kinds`): a concept of ``graph/data/document-kinds.ttl``.
DocumentKind = Literal["submission", "statement", "questionnaire-response", "chair-draft", "comments",
                       "notice", "commentary", "report", "compilation"]
#: What kind of actor the context says a name is ("Name:" gives a person, "Organization:" an organisation).
ActorKind = Literal["Person", "Organization", "Group"]
#: Who wrote a proposal's wording: the document's submitter, or the author of the draft a document
#: comments on (its text reproduced with the commenter's amendments).
Author = Literal["submitter", "draft"]
#: An amendment marked in a text (:mod:`wgec.graph.ingest.markup`), or wording moved within a list.
EditKind = Literal["delete", "insert", "replace", "move"]


@dataclass
class ActorName:
    """An actor as a document names it; linked to the gazetteer later."""

    name: str
    start: int
    end: int
    title: str | None = None  # a person's position, as a footnote gives it ("Deputy Permanent Representative")
    kind: ActorKind | None = None  # what the context says it is, for a name the gazetteer lacks
    # a coalition's members as its by-line lists them ("X, whose members include: A, B"): X is a Group
    members: list[ActorName] = field(default_factory=list, repr=False)


@dataclass(slots=True)
class ParsedItem:
    """A proposal: one item or paragraph of a recommendations section."""

    key: str
    number: str | None
    text: str
    start: int
    end: int
    section: str | None
    original_number: str | None = None
    question: str | None = None  # key of the question it answers
    children: list[ParsedItem] = field(default_factory=list)
    author: Author = "submitter"
    amended: str | None = None  # a draft's item: its wording as the commenter's amendments leave it


@dataclass
class Submission:
    """Who proposed a set of items, when, under which category."""

    key: str
    submitters: list[ActorName]
    on_behalf_of: list[ActorName] = field(default_factory=list)
    group_label: str | None = None  # a coalition ("a group of ... (A, B and C)")
    group_members: list[ActorName] = field(default_factory=list)
    date: dt.date | None = None
    date_precision: Precision = "day"
    category: str | None = None  # letter of a rolling-document group
    heading_span: tuple[int, int] | None = None
    items: list[ParsedItem] = field(default_factory=list)
    # a person who handed the submission in for its submitter ("by Mr. X, Deputy Permanent Representative"):
    # not a second submitter
    delivered_by: list[ActorName] = field(default_factory=list)


@dataclass
class Edit:
    """An amendment marked in the text: wording deleted, inserted or replaced, or moved within a
    list (struck at ``start:end``, standing now at ``moved_to``)."""

    kind: EditKind
    deleted: str
    inserted: str
    start: int
    end: int
    moved_to: tuple[int, int] | None = None


@dataclass
class Question:
    key: str  # "guiding-1", "questionnaire-4"
    number: str
    text: str
    start: int
    end: int
    kind: QuestionKind


@dataclass
class Category:
    letter: str
    label: str
    questions: list[int]
    start: int
    end: int


@dataclass
class TableCell:
    text: str
    start: int
    end: int


@dataclass
class TableRow:
    cells: list[list[TableCell]]  # per column, the entries of the cell
    line: int


@dataclass
class Table:
    header: list[str]
    rows: list[TableRow]


@dataclass
class IssueMapping:
    """An issue and the organisations or forums a line or sentence maps it to ("- Spam: ITU, OECD"): what a
    mapping table's row says, written as text (:mod:`wgec.graph.layout.issue_lists`)."""

    issue: TableCell
    organisations: list[TableCell]
    start: int  # the line or sentence: the mapping's evidence
    end: int


@dataclass
class QuotedProvision:
    """A paragraph of an instrument quoted or cited outside any proposal."""

    instrument_hint: int  # offset of the passage that introduces the quote
    paragraph: int
    sub: str | None
    start: int
    end: int
    instrument: str | None = None  # gazetteer slug, when the quoted wording itself says which instrument


@dataclass
class ParsedDocument:
    source: SourceFile
    layout: Layout
    title: str | None = None
    title_span: tuple[int, int] | None = None
    submitters: list[ActorName] = field(default_factory=list)
    on_behalf_of: list[ActorName] = field(default_factory=list)
    delivered_by: list[ActorName] = field(default_factory=list)  # a person answering for the submitter
    date: dt.date | None = None
    date_precision: Precision = "day"
    date_span: tuple[int, int] | None = None  # where the document states its date
    kind: DocumentKind | None = None
    kind_cue: str | None = None  # what in the text says the kind ("title: 'Comments to ...'")
    symbol: str | None = None  # the UN document symbol it prints ("E/CN.16/2017/CRP.1")
    symbol_span: tuple[int, int] | None = None
    subject: str | None = None
    submissions: list[Submission] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    issue_mappings: list[IssueMapping] = field(default_factory=list)  # mappings written as lines or sentences
    quoted: list[QuotedProvision] = field(default_factory=list)
    chair_message_sender: ActorName | None = None
    edits: list[Edit] = field(default_factory=list)
    draft_of: str | None = None  # the draft a document comments on, when it reproduces its text
    by_chair: bool = False  # it calls itself the Chair's ("Summary by the Chair"): the Chair's when no one signs
    warnings: list[str] = field(default_factory=list)
    body_first_line: int = 1
    body_last_line: int | None = None  # the body ends before a joint statement's "Signed by:" list

    def body_text(self) -> str:
        """The text after the front matter (cover, title, submitters, disclaimer, e-mail lines):
        what the contributors wrote, which is what tells two renditions of one text apart from
        two texts on the same cover."""
        starts = self.source.line_starts
        return self.source.text[starts[self.body_first_line - 1]:] if self.body_first_line <= len(starts) else ""

    def all_items(self) -> list[ParsedItem]:
        out: list[ParsedItem] = []

        def walk(items: list[ParsedItem]) -> None:
            for item in items:
                out.append(item)
                walk(item.children)

        for sub in self.submissions:
            walk(sub.items)
        return out

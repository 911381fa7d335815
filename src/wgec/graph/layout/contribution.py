"""The contribution layout: one submission whose proposals are the items of its
recommendations sections, or the answers to its guiding questions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block, nest
from wgec.graph.layout.headings import (
    LABELLED_PROPOSAL_RE,
    NON_PROPOSAL_HEADING_RE,
    QUESTION_ASKED_RE,
    QUESTION_LABEL_RE,
    QUESTION_LABELLED_RE,
    REASONS_HEADING_RE,
    heading_level,
    section_is_proposal,
)
from wgec.graph.layout.items import ItemRules, Prose, free_paragraphs_into_items, to_items
from wgec.graph.layout.keys import slug
from wgec.graph.layout.lines import ROMAN, is_emphasised_question
from wgec.graph.layout.model import ParsedDocument, Question, QuestionKind, Submission
from wgec.graph.layout.prose import only_acknowledges, only_announces, recommends
from wgec.graph.layout.questionnaire import answer_rows, number_answers
from wgec.graph.layout.respondents import split_by_respondent
from wgec.graph.layout.tables import ProposalColumn
from wgec.graph.layout.verdicts import verdict_items

# an item that opens with a verb telling what to do: a proposal though no "should" says so
IMPERATIVE_RE = re.compile(r"^\W*(?:Strengthen|Establish|Create|Ensure|Promote|Support|Develop|Build|Map|Fund|"
                           r"Recogni[sz]e|"
                           r"Encourage|Invite|Adopt|Set\s+up|Consider|Review|Publish|Maintain|Improve|Enhance|Include|"
                           r"Involve|Provide|Make|Avoid|Refrain|Continue|Facilitate|Increase|Reduce|Align|Require|"
                           r"Request|Urge|Call)\b")
# a heading that asks: a guiding question over its answer, numbered or labelled or not
_QUESTION_PREFIX = r"^\W*(?:(?:Guiding\s+)?Question\s*\d{1,2}\s*[:.)–-]\s*|[IVX]{1,4}\.\s+|\d{1,2}[.)]\s+)"
QUESTION_PREFIX_RE = re.compile(_QUESTION_PREFIX, re.I)
ASKING_HEADING_RE = re.compile(_QUESTION_PREFIX + r"?(?:what|which|how|who|where|why|taking\s+into|in\s+your\s+view|do|"
                               r"does|should|is|are)\b", re.I)
# what the Working Group's questions ask about (an FAQ's "What is APNIC?" is no guiding question)
GUIDING_TOPIC_RE = re.compile(r"^\W*(?:Guiding\s+)?Question\s*\d|high[\s-]+level\s+characteristics|kinds?\s+of\s+"
                              r"recommendations|role\s+of\s+(?:the\s+)?(?:various\s+)?stakeholders|public\s+policy\s+issues|"
                              r"implement(?:ation\s+of)?\s+enhanced\s+cooperation", re.I)
# a questionnaire's item worded as an instruction, no question mark: "Please indicate your stakeholder group."
INSTRUCTION_RE = re.compile(r"^\W*(?:please\s+)?(?:indicate|describe|list|explain|provide|state|specify|identify|give|"
                            r"outline|name|tell\s+us)\b", re.I)
QUESTION_THEN_PARTS_RE = re.compile(r"\?\s+(?:\(?[a-z]\)\s+\w+(?:\s+\w+){0,3}\s*){2,}$")
# "Question 3: To what extent ...? Please use the space below to explain.": a question, then how to answer it
QUESTION_THEN_HOW_RE = re.compile(r"\?\s+(?:Please|If|Where|When|Explain|Give|Provide|Use)\b[^?]*$")
# "With regard to question 2, Indonesia considers ...": a paragraph that opens the answer to the question it names
ANSWER_OPENER_RE = re.compile(r"^(?:With regard to|In regard to|Regarding|As regards|As to|Concerning|On|"
                              r"In (?:response|reply) to)\s+(?:guiding\s+)?question\s+(?:No\.?\s*)?(\d{1,2})\b"
                              r"[^.?!]*?,\s", re.I)


def parse_contribution(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The document's submission, with the items of the sections that hold proposals."""
    sub = Submission(key="", submitters=doc.submitters, date=doc.date, on_behalf_of=list(doc.on_behalf_of))
    doc.submissions.append(sub)
    # a form's export or a table: one "N. Question?<tab>answer" row a question
    answered = answer_rows(doc, blocks, sub) if doc.kind == "questionnaire-response" else set()
    if doc.kind == "comments":  # "Para 12: delete." / "Para 9: amend to read ...": what each line proposes
        blocks = verdict_items(blocks, doc.source)
    every = _all_proposals(doc, blocks)
    reader = _Reader(doc, sub, in_proposals=every, every=every, quoted=sorted((q.start, q.end) for q in doc.quoted))
    for block in blocks:
        if block.start not in answered:
            reader.read(block)
    reader.flush()
    number_answers(doc, sub)  # "4. ..." in a response that repeats no question: the answer to question 4
    if doc.kind == "compilation":  # "Question 2: ...?" / "Brazil: ...": each answer its respondent's
        split_by_respondent(doc, sub)
    if not sub.items:
        doc.warnings.append(f"{doc.source.name}: contribution layout, but no recommendation items found")


def _is_guiding_question(block: Block, text: str) -> bool:
    """A numbered item that asks: "1) What are ...?", "(1) What ...?", or asks and then names its parts ("2. What is
    the significance, purpose and scope ...? a) Significance b) Purpose c) Scope") or says how to
    answer ("...implemented? Please use the space below to explain.")."""
    if block.kind != "item" or block.marker not in ("rparen", "dec", "roman") and not (
            block.marker == "paren" and (block.number or "").isdigit()):  # "(1) What ...?"
        return False
    text = _unquoted(text)  # '1. “What are ...?”': the question quoted
    return text.endswith("?") or QUESTION_THEN_PARTS_RE.search(text) is not None \
        or "?" in text and QUESTION_THEN_HOW_RE.search(text) is not None


def _unquoted(text: str) -> str:
    """A question quoted whole, without its quotation marks.

    >>> _unquoted("“What are the characteristics?”")
    'What are the characteristics?'
    """
    inner = text.strip()
    return inner[1:-1].strip() if len(inner) > 2 and inner[0] in "“\"'‘" and inner[-1] in "”\"'’" else text


def _all_proposals(doc: ParsedDocument, blocks: list[Block]) -> bool:
    """Whether items are proposals before any heading says so: when no heading announces
    proposals and no guiding question is answered (no sections at all: every item is one)."""
    source = doc.source
    if any(_is_guiding_question(b, b.text(source)) and not b.children for b in blocks):
        return False
    return not any(b.kind == "heading" and (section_is_proposal(text := b.text(source), False)
                                            or REASONS_HEADING_RE.match(text) is not None) for b in blocks)


@dataclass
class _Reader:
    """Reads the body block by block: headings open sections, guiding questions open answers,
    items and paragraphs gather in a segment made into proposals at the next section."""

    doc: ParsedDocument
    sub: Submission
    in_proposals: bool
    every: bool = False  # no heading announces proposals: every section but an introduction holds them
    quoted: list[tuple[int, int]] = field(default_factory=list)
    prose: Prose = "recommending"  # which paragraphs are proposals: see ItemRules
    weak: bool = False  # a heading announced proposals: "could" and "may" propose
    section: str | None = None
    question: str | None = None  # key of the guiding question being answered
    segment: list[Block] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)
    headings: list[tuple[int, bool]] = field(default_factory=list)  # (level, flag its sub-sections inherit)
    columns: ProposalColumn = field(default_factory=ProposalColumn)  # a table's "Recommendation" column
    rows: set[int] = field(default_factory=set)  # where the rows' recommendations start: proposals in any section
    labelled: str | None = None  # the number of a "Recommendation 2: Title" heading: its paragraph's
    asked: bool = False  # a "Question 1" line just opened an answer: a question in full may follow it

    def read(self, block: Block) -> None:
        text = block.text(self.doc.source)
        self.asked = self.asked and not self.segment and self.question is not None
        label = self.answer_label(block)
        if label is not None and block.kind in ("item", "para") and INSTRUCTION_RE.match(text):
            self.open_question(block, text, label)  # "Question 1: Please indicate your stakeholder group.": asked
        elif label is not None:  # "Q1." over the answer to question 1, or "Q5. Cybersecurity ..."
            self.open_question(block, f"Question {label}", label)
            self.asked = block.kind == "heading"
            if block.kind in ("item", "para"):  # "Q5. Cybersecurity ..." or "With regard to question 5, ..."
                self.segment.append(block)
        elif self.asked and block.kind == "para" and text.endswith("?"):  # "Guiding question 1" / "What ...?"
            q = self.doc.questions[-1]
            q.text, q.start, q.end = text, block.start, block.end
            self.section, self.asked = text, False
        elif block.kind == "heading" and ASKING_HEADING_RE.match(text) and text.rstrip(" *_").endswith("?") \
                and GUIDING_TOPIC_RE.search(text):
            self.open_question(block, _unquoted(QUESTION_PREFIX_RE.sub("", text)))  # "## Question 1: What ...?",
            # "I. WHAT ARE THE HIGH LEVEL CHARACTERISTICS ...?": the question its answer stands under
        elif block.kind == "heading":
            if text[:1] not in "“\"'":  # else a heading inside a quotation, e.g. '### *“4.1 Enhanced Cooperation*'
                self.open_section(block, text)
        elif block.kind == "para" and (asked := QUESTION_ASKED_RE.match(text)) is not None:  # "Q: What ...?"
            self.open_question(block, _unquoted(text[asked.end():]))
        elif _is_guiding_question(block, text) and block.indent == 0 or block.kind == "item" and not block.indent \
                and self.doc.kind == "questionnaire-response" and INSTRUCTION_RE.match(text) and text.endswith(".") \
                or block.kind == "para" and \
                self.doc.kind == "questionnaire-response" and is_emphasised_question(
                    self.doc.source.line_text(block.line)):  # a response's "*What are ...?*" over its answer
            self.open_question(block, _unquoted(text))
        elif block.kind in ("item", "para") and not ItemRules(quoted=self.quoted).in_quote(block) and \
                not self.doc.source.line_text(block.line).lstrip().startswith(">"):  # "> ": another's words quoted
            self.segment.append(block)
        elif block.kind == "table" and (cell := self.columns.cell(block, self.doc.source)) is not None:
            start, end, number = cell  # a table's recommendation
            self.rows.add(start)
            self.segment.append(Block("item", start, end, block.line, "dec" if number else "bullet", number))

    def open_section(self, block: Block, text: str) -> None:
        self.flush()
        line = self.doc.source.line_text(block.line)
        label = LABELLED_PROPOSAL_RE.match(line)
        self.labelled = label.group(1) if label else None
        named = label.group(0).strip(" *_#") if label else ""
        self.section = f"{named} {text}" if label and not text.startswith(named) else text
        self.question = None
        level = heading_level(line)
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        inherited = self.headings[-1][1] if self.headings else self.every
        self.in_proposals = label is not None or section_is_proposal(text, inherited)
        self.prose, self.weak = "recommending", not self.every
        self.headings.append((level, inherited if NON_PROPOSAL_HEADING_RE.match(text) else self.in_proposals))

    def answer_label(self, block: Block) -> str | None:
        """The question number of a response's "Q1." line (the question not repeated) that opens its
        answer, alone over it or on the answer's line."""
        if self.doc.kind != "questionnaire-response" or block.indent:
            return None
        if block.kind == "para":  # "With regard to question 2, ...": the answer opens on its question's number
            opener = ANSWER_OPENER_RE.match(block.text(self.doc.source))
            return str(int(opener.group(1))) if opener else None
        if block.kind not in ("heading", "item"):
            return None
        line = self.doc.source.line_text(block.line)
        m = QUESTION_LABEL_RE.match(line) if block.kind == "heading" else QUESTION_LABELLED_RE.match(line)
        if m is None or block.kind == "item" and _is_guiding_question(block, block.text(self.doc.source)):
            return None
        return str(int(m.group(1)))

    def open_question(self, block: Block, text: str, number: str | None = None) -> None:
        self.flush()
        number = number or block.number or str(len(self.doc.questions) + 1)
        number = str(ROMAN.get(number.lower(), number)) if block.marker == "roman" else number  # "I." asks question 1
        kind: QuestionKind = "questionnaire" if self.doc.kind == "questionnaire-response" else "guiding"
        q = Question(f"{kind}-{number}", number, text, block.start, block.end, kind)
        self.doc.questions.append(q)
        self.question = q.key
        self.section = text
        self.in_proposals = True
        self.prose = "answers"

    def flush(self) -> None:
        if self.segment and self.in_proposals:
            roots = free_paragraphs_into_items(nest(self.segment), self.doc.source)
            if self.labelled and roots[0].kind == "para":  # the paragraph a "Recommendation 2:" heading titles
                roots[0].kind, roots[0].marker, roots[0].number = "item", "dec", self.labelled
                roots = roots[:1] + [b for b in roots[1:] if b.kind == "item"]  # its rationale is no proposal
                self.labelled = None
            if self.every and self.question is None:
                roots = _announced_only(roots, self.doc.source)
            rules = ItemRules(self.prose, self.weak, self.quoted, speech=self.doc.kind == "report", sentences=True)
            self.sub.items.extend(to_items(roots, self.doc.source, self.section, self.prefix(), self.question,
                                           self.seen, rules))
        elif self.segment and self.section and self.question is None and not NON_PROPOSAL_HEADING_RE.match(
                self.section):  # "General comments": its numbered items that recommend are proposals still
            roots = [b for b in nest(self.segment)
                     if b.kind == "item" and (b.start in self.rows or recommends(b.text(self.doc.source)))]
            rules = ItemRules(prose="all", speech=self.doc.kind == "report")
            self.sub.items.extend(to_items(roots, self.doc.source, self.section, self.prefix(), None, self.seen, rules))
        self.segment = []

    def prefix(self) -> str:
        """Keys of items without a number: "q3-2" under question 3, else "<section slug>-2"."""
        if self.question:
            return f"q{self.question.split('-')[-1]}-"
        return f"{slug(' '.join((self.section or 'p').split()[:3]))}-"


def _announced_only(roots: list[Block], source: SourceFile) -> list[Block]:
    """Where no heading announces the proposals but an item does ("4. The Council of Europe offers the following
    recommendations:" over its list), the numbered paragraphs around it that recommend nothing are its
    background, not proposals by their place; nor is a paragraph that only takes note ("1. Takes note of the
    report ...", a resolution's)."""
    roots = [b for b in roots if b.kind != "item" or b.children or not only_acknowledges(b.text(source))]
    if not any(b.kind == "item" and b.opens_list and b.children and only_announces(b.text(source)) for b in roots):
        return roots
    return [b for b in roots if b.kind != "item" or b.children or recommends(text := b.text(source), True)
            or IMPERATIVE_RE.match(text)]  # "2. Strengthen the IGF through stable funding." proposes

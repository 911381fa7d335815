"""One document's text to its structure: header, sections, submissions, items,
questions, tables and quoted provisions.

Three layouts are recognised: a *contribution* (a title and a submitter, from a
UN CSTD cover with "Submitted by X", "From:/Date:" lines, labelled fields, a by-line
or a letterhead, then numbered or bulleted recommendations), a *rolling document*
(groups A-E, each with "Draft recommendations submitted by X (date)" blocks, or a compilation's
"Contributor: X" blocks) and a
*notice* (a call or an announcement: kept, no proposals).  The document's kind
(:mod:`wgec.graph.layout.kinds`) is read from its title and front matter.  Anything else is kept as a
document with its mentions and citations, and a warning says what was not
understood.  The result is plain data (:mod:`wgec.graph.layout.model`);
:mod:`wgec.graph.emit.emitter` turns it into RDF.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.amendments import parse_edits
from wgec.graph.layout.blocks import split_blocks
from wgec.graph.layout.chair import chair_s, mark_draft_text, names_the_chair, parse_chair_message, signs_as_chair
from wgec.graph.layout.columns import columned, restore
from wgec.graph.layout.contribution import parse_contribution
from wgec.graph.layout.fields import front_end
from wgec.graph.layout.frontmatter import parse_header
from wgec.graph.layout.issue_lists import read_issue_mappings
from wgec.graph.layout.kinds import classify
from wgec.graph.layout.letterheads import un_issuer
from wgec.graph.layout.letters import closing_signature, cover_letter
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.layout.questionnaire import parse_asked_questions, parse_categories, parse_questionnaire
from wgec.graph.layout.quotes import parse_quotes
from wgec.graph.layout.rolling import contributors_from, is_rolling, parse_rolling
from wgec.graph.layout.spacing import back_to, regrouped
from wgec.graph.layout.tables import parse_tables

# the body's first section ("Background", "1. Introduction"): the front matter, whose words say what kind of document
# it is, ends above it (a later heading "Analysis" names a part of a submission, not a commentary)
BODY_PART_RE = re.compile(r"^\W*+(?:\d{1,2}\.?\s+|[IVX]{1,4}\.\s+)?(?:background|introduction|executive\s+summary|"
                          r"summary|foreword|preface|about\s+us)\W*$", re.I)


def parse_document(source: SourceFile, progress: Callable[[int, int], None] | None = None) -> ParsedDocument:
    """Parse one corpus file; never raises on odd layout, warns instead.  ``progress`` hears
    (lines read, lines) as a large document is read.  A document with a blank line between every two
    lines is read with the lines that belong together grouped (:mod:`wgec.graph.layout.spacing`); the
    document keeps its own text, and the offsets read are the same.  A table set in columns by spaces is read
    as rows of cells (:mod:`wgec.graph.layout.columns`), its offsets mapped back."""
    view = regrouped(source)
    table_view, columns = columned(view)
    doc = _parse(table_view, progress)
    if columns is not None:
        restore(doc, view, columns)
    if view is not source:
        back_to(doc, source)
    return doc


def _parse(source: SourceFile, progress: Callable[[int, int], None] | None) -> ParsedDocument:
    doc = ParsedDocument(source=source, layout="unrecognised")
    body_first = parse_header(doc)
    if (first := contributors_from(source)) is not None:  # "Contributor: X" blocks: each block's submitter,
        body_first, doc.submitters, doc.delivered_by = min(first, body_first), [], []  # not the compiler
    doc.body_first_line = body_first
    blocks = split_blocks(source, body_first, doc.body_last_line, progress=progress)
    doc.tables = parse_tables(blocks, source)
    doc.issue_mappings = read_issue_mappings(blocks, source)
    rolling = is_rolling(blocks, source)
    parse_categories(doc, blocks)
    parse_questionnaire(doc, blocks)
    parse_quotes(doc, blocks)
    parse_edits(doc, blocks)
    _classify(doc, rolling)
    if rolling:
        doc.layout = "rolling"
        parse_rolling(doc, blocks)
    elif doc.kind == "notice":
        doc.layout = "notice"  # a call or an announcement: no proposals
        parse_asked_questions(doc, blocks)  # the questions it puts to members
    else:  # a Chair's draft is the Chair's (chair.py); with no submitter found, its proposals have none
        doc.layout = "contribution"
        if not doc.submitters and doc.kind != "chair-draft":
            what = "no 'Submitted by' or 'From:' line" if doc.title else "no UN CSTD cover (title, 'Submitted by')"
            doc.warnings.append(f"{source.name}: no submitter found ({what}); its proposals are kept without one")
        parse_contribution(doc, blocks)
        for sub in doc.submissions:
            sub.date_precision = doc.date_precision
            sub.delivered_by = sub.delivered_by or list(doc.delivered_by)
        mark_draft_text(doc)  # comments reproducing a draft: its text is the draft author's
    parse_chair_message(doc, blocks)
    return doc


def _classify(doc: ParsedDocument, rolling: bool) -> None:
    """The document's kind from its title and front matter (:mod:`wgec.graph.layout.kinds`)."""
    lines = doc.source.lines()
    letter = cover_letter(lines)  # a cover letter's "in response to the call for contributions" names no kind
    front = "\n".join(text for n, _, text in lines[:_body_part(doc, max(front_end(lines), doc.body_first_line - 1))]
                      if letter is None or not letter.salutation <= n <= letter.end)
    doc.kind, doc.kind_cue = classify(doc.title, front, rolling=rolling, has_submitter=bool(doc.submitters))
    # a title saying so ("Chair's summary"), or a signature the Chair's office ends ("Chair of the Working Group ...")
    doc.by_chair = chair_s(doc.title) or not doc.submitters and signs_as_chair((closing_signature(lines) or (None,))[0])
    if names_the_chair(doc.submitters):  # "Prepared by the Chair": the Chair the graph knows, as chair_s says
        doc.submitters, doc.by_chair = [], True
    if doc.kind in ("notice", "report") and not doc.submitters and not doc.by_chair and \
            (issuer := un_issuer(lines, max(front_end(lines), doc.body_first_line - 1))) is not None:
        doc.submitters = [issuer]
        doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(issuer.start)}: a {doc.kind} with no "
                            f"signatory; issuer read from the UN letterhead: {issuer.name}")


def _body_part(doc: ParsedDocument, last: int) -> int:
    """The last line of the front matter: ``last``, or the line above the body's first section under the title."""
    lines = doc.source.lines()
    first = doc.source.line_of(doc.title_span[1]) if doc.title_span else 1
    return next((n - 1 for n, _, text in lines[first:last] if BODY_PART_RE.match(text)), last)

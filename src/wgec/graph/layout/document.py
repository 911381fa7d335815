"""One document's text to its structure: header, sections, submissions, items,
questions, tables and quoted provisions.

Two layouts are recognised: a *contribution* (a UN CSTD cover with a title and
"Submitted by X", or "From:/Date:" lines, then numbered or bulleted
recommendations) and a *rolling document* (groups A-E, each with "Draft
recommendations submitted by X (date)" blocks).  Anything else is kept as a
document with its mentions and citations, and a warning says what was not
understood.  The result is plain data (:mod:`wgec.graph.layout.model`);
:mod:`wgec.graph.emit.emitter` turns it into RDF.
"""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import split_blocks
from wgec.graph.layout.chair import parse_chair_message
from wgec.graph.layout.contribution import parse_contribution
from wgec.graph.layout.frontmatter import parse_header
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.layout.questionnaire import parse_categories, parse_questionnaire
from wgec.graph.layout.quotes import parse_quotes
from wgec.graph.layout.rolling import is_rolling, parse_rolling
from wgec.graph.layout.tables import parse_tables


def parse_document(source: SourceFile) -> ParsedDocument:
    """Parse one corpus file; never raises on odd layout, warns instead."""
    doc = ParsedDocument(source=source, layout="unrecognised")
    body_first = parse_header(doc)
    doc.body_first_line = body_first
    blocks = split_blocks(source, body_first)
    doc.tables = parse_tables(blocks, source)
    rolling = is_rolling(blocks, source)
    parse_categories(doc, blocks)
    parse_questionnaire(doc, blocks)
    parse_quotes(doc, blocks)
    if rolling:
        doc.layout = "rolling"
        parse_rolling(doc, blocks)
    elif doc.submitters:
        doc.layout = "contribution"
        parse_contribution(doc, blocks)
    else:
        what = "no 'Submitted by' or 'From:' line" if doc.title else "no UN CSTD cover (title, 'Submitted by')"
        doc.warnings.append(
            f"{source.name}: layout not recognised ({what}); kept as a document with its mentions "
            f"and citations, no proposals extracted")
    parse_chair_message(doc, blocks)
    return doc

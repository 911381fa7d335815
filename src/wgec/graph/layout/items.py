"""Items of a recommendations section: nested blocks to proposals with stable keys.

A list item is a proposal by its place.  A paragraph of prose is one when it recommends
(:func:`wgec.graph.layout.prose.recommends`); a paragraph that is a title, that only
introduces what follows ("... on the following:" then prose), or that does not recommend
is not one, and the items of its list stand on their own.  Passages that quote an
instrument are not proposals either (``quoted``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.fields import FIELD_RE
from wgec.graph.layout.issue_lists import is_mapping
from wgec.graph.layout.keys import unique_key
from wgec.graph.layout.letters import COURTESY_RE
from wgec.graph.layout.lines import SOURCE_LABEL, SOURCE_NAMES
from wgec.graph.layout.model import ParsedItem
from wgec.graph.layout.prose import (
    QUOTE_LEAD_RE,
    SENTENCE_RE,
    asks_nothing,
    looks_like_title,
    only_announces,
    only_leads_in,
    only_offers,
    recommends,
    reports_others,
    reports_speech,
)
from wgec.graph.layout.recommending import recommending_parts

# "... (9)" at the end of an item: its number in the submitter's original list
ORIGINAL_NUMBER_RE = re.compile(r"[;,.]?\s*\((\d{1,3})\)\s*$")
# "... capacity building. (Brazil, ICC)", "(Source: Kenya)", "[Sources: Kenya; APC]": after its last sentence, who
# the wording comes from, not the wording
SOURCES_RE = re.compile(rf"(?<=[.;!])\s*(?:\((?:{SOURCE_LABEL})?{SOURCE_NAMES}\)|\[{SOURCE_LABEL}{SOURCE_NAMES}\]"
                        rf"|{SOURCE_LABEL}{SOURCE_NAMES})\s*$")
ANSWER_LABEL_RE = re.compile(r"^(?:A|Answer|Response|Reply)\s*[:.]\s*", re.I)  # "Answer: ..." in a response
#: Which paragraphs of a section are proposals: all of them, those that recommend, or (answers to a
#: question) all but those reporting what others said.
Prose = Literal["all", "recommending", "answers"]


@dataclass
class ItemRules:
    """What a section's paragraphs must do to be proposals.

    ``prose``: every paragraph is one ("all") or only those that recommend ("recommending");
    ``weak``: "could" and "may" recommend too (a section headed as proposals);
    ``quoted``: (start, end) of passages quoting an instrument, sorted;
    ``speech``: a report's paragraph that says what someone at the meeting said is no proposal,
    nor are its items (:func:`~wgec.graph.layout.prose.reports_speech`); a report's numbered paragraph is a
    record, a proposal only when it recommends;
    ``sentences``: a paragraph's proposal is its sentences that recommend (:mod:`.recommending`), not its
    reasoning around them (a compilation's entry stays whole: it is what its author sent).
    """

    prose: Prose = "recommending"
    weak: bool = False
    quoted: Sequence[tuple[int, int]] = field(default_factory=list)
    speech: bool = False
    sentences: bool = False  # a paragraph's proposal is its recommending sentences (a contribution's prose)

    def in_quote(self, block: Block) -> bool:
        i = bisect.bisect_right(self.quoted, (block.start, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= block.start < self.quoted[i][1]


# a verb that proposes: "Poland proposes that the Working Group recommend the following:" is a proposal, its
# list its parts ("WIPO offers the following suggestions:" proposes nothing of its own)
PROPOSING_VERB_RE = re.compile(r"\b(?:recommend|propose|suggest|urge|call|request|invite|encourage|ask)(?:s|ed)?\b",
                               re.I)


def to_items(blocks: list[Block], source: SourceFile, section: str | None, prefix: str,
             question: str | None, seen: dict[str, int], rules: ItemRules | None = None) -> list[ParsedItem]:
    """Proposals of nested item and paragraph blocks.  A numbered item is keyed by its number
    ("2.5", "2-bis"), anything else by ``prefix`` and its number or position ("access-3");
    sub-items by their parent's key ("2.a"); ``seen`` keeps keys unique in the document."""
    rules = rules or ItemRules(prose="all")
    items: list[ParsedItem] = []
    ordinal = 0
    for block in blocks:
        if block.kind not in ("item", "para"):
            continue
        ordinal += 1
        raw_text = block.text(source)
        if rules.speech and reports_speech(raw_text):
            continue  # "Several members proposed that ...": reported, with its items
        if not raw_text or not _is_proposal(block, raw_text, rules) or is_mapping(block.raw(source)):  # "- Spam: ITU"
            # its list, if any, stands on its own: under a lead-in asking for nothing ("Progress since Tunis:"),
            # only those of its items that recommend
            kids = block.children
            if block.kind == "para" and block.opens_list and rules.prose != "answers" and asks_nothing(raw_text):
                kids = [c for c in kids if c.kind != "item" or recommends(c.text(source), rules.weak)]
            items.extend(to_items(kids, source, section, prefix, question, seen, rules))
            continue
        parts = recommending_parts(block, source, rules.weak) if block.kind == "para" and not block.children \
            and rules.prose == "recommending" and rules.sentences else [(block, raw_text)]
        for k, (part, part_text) in enumerate(parts):
            ordinal += k > 0
            items.append(_item(part, part_text, ordinal, source, section, prefix, question, seen, rules))
    return items


def _is_proposal(block: Block, text: str, rules: ItemRules) -> bool:
    if rules.in_quote(block):
        return False
    if block.kind == "item" and not rules.speech:  # a proposal by its place, unless it only introduces a quotation
        if reports_speech(text) and not block.children and not recommends(_after_first_sentence(text)):
            return False  # "Some participants ... suggested that ...": what others said at a meeting, not its own
        if block.opens_list and block.children and only_announces(text) and not PROPOSING_VERB_RE.search(text):
            return False  # "6. WIPO offers the following suggestions:": its list holds the proposals, each its own
        return not (block.opens_list and not block.children and QUOTE_LEAD_RE.search(text))
    if looks_like_title(text) or (block.opens_list and not block.children):
        return False  # a title, or a line introducing the prose after it
    if only_leads_in(text) or only_announces(text):
        return False  # "we recommend that:", "... should do two things.": what follows holds the proposals
    if rules.prose == "answers":  # an answer, unless it reports others or only introduces its list
        labelled = ANSWER_LABEL_RE.match(text) is not None
        return not reports_others(text) and (labelled or not only_offers(text)  # not "We would be pleased to ..."
                                             and (not block.children or recommends(text, True)))
    return rules.prose == "all" or recommends(text, rules.weak)


def _after_first_sentence(text: str) -> str:
    """What a paragraph says after its first sentence.

    >>> _after_first_sentence("Some members proposed a treaty. The IGF should be funded.")
    'The IGF should be funded.'
    """
    first = SENTENCE_RE.match(text)
    return text[first.end():].strip() if first else ""


def _item(block: Block, raw_text: str, ordinal: int, source: SourceFile, section: str | None, prefix: str,
          question: str | None, seen: dict[str, int], rules: ItemRules) -> ParsedItem:
    original = block.original_number
    m = ORIGINAL_NUMBER_RE.search(raw_text) if raw_text.endswith(")") else None
    text = ANSWER_LABEL_RE.sub("", raw_text) if rules.prose == "answers" else raw_text
    text = OPTION_LABEL_RE.sub("", _without_bold_lead(block.raw(source), text), count=1)
    text = SOURCES_RE.sub("", text)
    if m and block.kind == "item" or m and block.marker == "text" and prefix:
        original = original or m.group(1)
        text = raw_text[: m.start()].rstrip(" ;,")
    number = block.number.strip("()") if block.number else str(ordinal)
    local = re.sub(r"\s+", "-", number if block.marker == "alpha" and number.isupper() else number.lower())
    key = unique_key(local if block.marker == "dec" and block.number else f"{prefix}{local}", seen)
    item = ParsedItem(key=key, number=block.number, text=text, start=block.start, end=block.end,
                      section=section, original_number=original, question=question)
    item.children = to_items(block.children, source, section, f"{key}.", question, seen, rules)
    return item


# "**Strengthen the IGF.** The WGEC should ...": a bold lead phrase labels the paragraph; the text is after it
BOLD_LEAD_RE = re.compile(r"^\W{0,4}(?:\*\*)?([A-Z][^*\n]{2,80}?[.:])\*\*\s+(?=\S)")


# "Build on what works – The WGEC should ...": a lead phrase of a few words (bold where the format keeps it), a
# dash, then the sentence: the phrase labels the paragraph
DASH_ASIDE_RE = re.compile(r"\s[–—]\s")
DASH_LEAD_RE = re.compile(r"^(?:\*\*)?([A-Z][\w'’,&/()-]*(?:\s+[\w'’,&/()-]+){0,7}?)(?:\*\*)?\s+[–—-]{1,2}\s+(?=[A-Z])")
# "Option A: A new mechanism should ...", "Alt 1: ...": a draft's label naming one of its alternatives, not its wording
OPTION_LABEL_RE = re.compile(r"^(?:Option|Alt\.?|Alternative|Variant)\s+(?:[A-H]|\d{1,2})\s*[:.)–-]\s+(?=\S)")


def _without_bold_lead(raw: str, text: str) -> str:
    """The text without a bold lead phrase of words (not a bold number, "**1.**"), or a lead phrase before a
    dash.

    >>> _without_bold_lead("**Fund the IGF.** The CSTD should fund it.", "Fund the IGF. The CSTD should fund it.")
    'The CSTD should fund it.'
    >>> _without_bold_lead("", "No new bodies – The WGEC should not recommend a new mechanism.")
    'The WGEC should not recommend a new mechanism.'
    >>> _without_bold_lead("", "The IGF – The Tunis Agenda says so – should be funded.")
    'The IGF – The Tunis Agenda says so – should be funded.'
    """
    m = BOLD_LEAD_RE.match(raw)
    lead = m.group(1).strip() if m else ""
    if lead and text.startswith(lead) and len(text) > len(lead) + 1:
        return text[len(lead):].lstrip()
    dash = DASH_LEAD_RE.match(text)
    if dash is None or recommends(dash.group(1)) or not text.rstrip(" *").endswith((".", ";")) \
            or len(text) < 3 * dash.end() or DASH_ASIDE_RE.search(text, dash.end()):
        return text  # a short paragraph, or a dash that opens an aside closed by another ("The IGF – ... – should")
    return text[dash.end():]


def free_paragraphs_into_items(roots: list[Block], source: SourceFile) -> list[Block]:
    """A plain paragraph after a numbered item belongs to that item (e.g. a second sentence block), unless it
    is the text's closing courtesy ("We look forward to continuing to engage with the Working Group.") or whom to
    contact ("Contacts: Jane Roe (APC); ...", a line a narrow page wrapped); nor is one after a table's row (its
    other cells stand between)."""
    out: list[Block] = []
    for block in roots:
        if block.kind == "para" and out and out[-1].kind == "item" and out[-1].marker == "dec" and not block.children \
                and "\t" not in source.text[out[-1].start:block.start] \
                and not COURTESY_RE.match(text := block.text(source)) and not _whom_to_contact(text):
            out[-1].end = block.end
            continue
        out.append(block)
    return out


def _whom_to_contact(text: str) -> bool:
    """A field saying whom to contact: "Contact: ...", "Contacts: ...", "E-mail: ..."."""
    m = FIELD_RE.match(text) if ":" in text[:40] else None
    return m is not None and bool(m.group("liaison") or m.group("contact"))

"""Questionnaires and the categories of questions: "GROUP A: ... (Questions 1-4)" headings or
a lettered list "a) Label (Questions 1, 2)", the numbered questions of a questionnaire annex,
the questions a notice puts to members, and the answers of a questionnaire response exported
from a form ("N. Question?<tab>answer")."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.headings import ANNEX_RE, GROUP_RE, heading_level
from wgec.graph.layout.keys import unique_key
from wgec.graph.layout.model import Category, ParsedDocument, ParsedItem, Question, Submission

CATEGORY_ITEM_RE = re.compile(r"^(?P<label>.+?)\s*\((?P<questions>Questions?[^)]*)\)\s*[;.]?\s*$", re.I)
QUESTIONNAIRE_RE = re.compile(r"questionnaire", re.I)


def parse_categories(doc: ParsedDocument, blocks: list[Block]) -> None:
    """Categories of questions, by letter: from "GROUP A: label (Questions 1-4)" headings or from
    a list of lettered items "a) label (Questions 1, 2)" that starts at "a"."""
    source = doc.source
    found: dict[str, Category] = {}
    in_list = False
    for block in blocks:
        text = block.text(source)
        gm = GROUP_RE.match(text) if block.kind == "heading" else None
        if gm and gm.group("questions"):
            letter = gm.group("letter").upper()
            found.setdefault(letter, Category(letter, gm.group("label").strip(), _numbers(gm.group("questions")),
                                              block.start, block.end))
            continue
        if block.kind == "item" and block.marker == "alpha" and block.number and len(block.number) == 1:
            cm = CATEGORY_ITEM_RE.match(text)
            if cm and (in_list or block.number.lower() == "a"):
                in_list = True
                letter = block.number.upper()
                found.setdefault(letter, Category(letter, cm.group("label").strip(), _numbers(cm.group("questions")),
                                                  block.start, block.end))
                continue
        in_list = False
    doc.categories = [found[k] for k in sorted(found)]


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _opens_questionnaire(heading: str) -> bool:
    """A heading that opens a questionnaire.

    >>> _opens_questionnaire("ANNEX 2: Questionnaire"), _opens_questionnaire("Annex 1: Terms of reference")
    (True, False)
    """
    return bool(QUESTIONNAIRE_RE.search(heading)) and bool(ANNEX_RE.match(heading)
                                                          or heading.lower().startswith("questionnaire"))


def parse_questionnaire(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The numbered items of a questionnaire section ("ANNEX 2: Questionnaire", "Questionnaire")
    are its questions; the next annex, group or numbered heading ends it."""
    source = doc.source
    active = False
    for block in blocks:
        text = block.text(source)
        if block.kind == "heading":
            opens = _opens_questionnaire(text)
            if opens or ANNEX_RE.match(text) or GROUP_RE.match(text) or heading_level(text) < 9:
                active = opens
            continue
        if active and block.kind == "item" and block.marker == "dec" and block.number and block.number.isdigit():
            doc.questions.append(Question(f"questionnaire-{block.number}", block.number, text,
                                          block.start, block.end, "questionnaire"))


ASKED_INTRO_RE = re.compile(r"\bquestions?\b", re.I)
NUMBERED_QUESTION_RE = re.compile(
    r"^\s*(?:(?:Question|Q)\s*)?(?P<n>\d{1,2})\s*[.):]?\s+(?P<q>\S.*\?)(?:\s+\(?[a-z]\)\s+[^?]*)?\s*$", re.I)
ANSWER_LABEL_RE = re.compile(r"^\s*(?:A|Answer|Response|Reply)\s*[:.]\s*", re.I)


def parse_asked_questions(doc: ParsedDocument, blocks: list[Block]) -> None:
    """The questions a notice puts to members: list items ending in a question mark, after a
    passage that speaks of questions (or two or more of them in a row)."""
    source = doc.source
    asked: list[Block] = []
    intro = False
    for block in blocks:
        text = block.text(source)
        if block.kind == "item" and text.endswith("?"):
            asked.append(block)
        elif block.kind in ("para", "heading"):
            intro = intro or bool(ASKED_INTRO_RE.search(text))
    if len(asked) < 2 and not (asked and intro):
        return
    known = {q.key for q in doc.questions}
    for n, block in enumerate(asked, 1):
        number = block.number if block.number and block.number.isdigit() else str(n)
        if f"guiding-{number}" not in known:
            doc.questions.append(Question(f"guiding-{number}", number, block.text(source), block.start, block.end,
                                          "guiding"))


# a row whose first cells are empty (its leading tabs are no table to the line reader): it goes on
# answering the question of the row above
CONTINUED_ROW_RE = re.compile(r"^[ ]*(?:\t[ ]*)+\S")


def answer_rows(doc: ParsedDocument, blocks: list[Block], sub: Submission) -> set[int]:
    """A questionnaire answered in a table, one row a question: "N. Question?<tab>answer" (a form's
    export) or "N<tab>Question?<tab>answer" (a table with a number column), or "Question?<tab>answer" (the next
    number); a row with no question cell goes on answering the question above.  Each question of the questionnaire
    (``questionnaire-N``) and the respondent's answer to it; returns the starts of the blocks read."""
    source = doc.source
    known = {q.key for q in doc.questions}
    key: str | None = None  # the question the last row answered
    order = 0  # its number: a row asking without one asks the next
    seen: dict[str, int] = {}
    read: set[int] = set()
    for block in blocks:
        line = source.line_text(block.line)
        if block.kind != "table" and not (key and block.kind == "para" and CONTINUED_ROW_RE.match(line)):
            key = None if block.kind != "table" else key
            continue
        question, _, answer = line.rpartition("\t")
        offset = source.line_starts[block.line - 1]
        m = NUMBERED_QUESTION_RE.match(question.replace("\t", " "))
        asked = question.strip()
        if m is not None or asked.endswith("?") and "\t" not in asked:  # "What ...?<tab>answer": the next number
            number = int(m.group("n")) if m is not None else order + 1
            order, key = number, f"questionnaire-{number}"
            lead = question.find(asked)
            at = (m.start("q"), m.end("q")) if m is not None else (lead, lead + len(asked))
            if key not in known:
                known.add(key)
                doc.questions.append(Question(key, str(number), question[at[0]:at[1]].strip(),
                                              offset + at[0], offset + at[1], "questionnaire"))
        elif question.strip() or key is None:
            key = None
            continue
        start = offset + len(question) + 1
        lead = len(answer) - len(answer.lstrip())
        text = ANSWER_LABEL_RE.sub("", clean_text(answer))
        read.add(block.start)
        if text:
            sub.items.append(ParsedItem(unique_key(f"q{key.rsplit('-', 1)[1]}", seen), None, text, start + lead,
                                        start + len(answer.rstrip()), None, question=key))
    return read


def number_answers(doc: ParsedDocument, sub: Submission) -> None:
    """A questionnaire response that numbers its answers as the questionnaire numbers its questions
    ("4. Access and affordability ...") and repeats none of them: answer N answers question N."""
    if doc.kind != "questionnaire-response" or doc.questions:
        return
    for item in sub.items:
        if item.question is None and item.number and item.number.isdigit():
            key = f"questionnaire-{int(item.number)}"
            for part in [item, *_descendants(item)]:
                part.question = key
            if all(q.key != key for q in doc.questions):
                doc.questions.append(Question(key, str(int(item.number)), f"Question {int(item.number)}",
                                              item.start, item.end, "questionnaire"))


def _descendants(item: ParsedItem) -> list[ParsedItem]:
    return [d for child in item.children for d in (child, *_descendants(child))]

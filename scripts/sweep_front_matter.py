"""How often the front matter's common forms are read right: by-lines, dates and questionnaire labels.

Blind rounds (tests/graph/layout/test_unseen.py) find a layout at a time; this sweep crosses the forms
documents of the WGEC record use, so that one form read wrong shows in every place it can stand:

* **by-lines**: 12 ways of naming the submitter ("Submitted by X", "Contribution from X", "Author: X",
  "From: X", ...) x 4 names (a state, a government, an organisation with its acronym, two organisations)
  x 6 date forms x 4 placements (the date on the by-line's line, under it, labelled, above the title);
  right when the title, the submitters and the date are;
* **dates**: 22 forms ("15th of March 2017", "15-Mar-2017", "15.III.2017", "Wednesday 15 March 2017",
  Spanish, French, months only) x 9 placements; right when the date and its precision are;
* **titles**: 14 titles that name their submitter ("Contribution of X to ...", "X: responses to ...",
  "X's views on ...", "Statement by X at the second meeting ...", in capitals) x 7 names;
* **letters**: a letter with no by-line, 7 closings x 3 organisations x 7 signatures ("Jane Roe" /
  "President and CEO" / the organisation, "(signed)" over the name, "Jane Roe, President and CEO" on one
  line, the organisation alone, ...); right when the organisation (or the signer) submits and both items stay;
* **questions**: 16 question labels ("Question 1:", "Q1.", "**Question 1:**", "(1)", ...) x 5 answer
  labels x 2 title pages x 2 spacings; right when the three questions and their answers are.

Parsing only (no graph): a few seconds.  Prints the wrong ones, then a Markdown table.

    .venv/bin/python scripts/sweep_front_matter.py [--quiet]
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
from collections.abc import Iterator

from sweep_table import tally  # beside this script

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.model import ParsedDocument

TITLE = "Contribution to the Working Group on Enhanced Cooperation"
BODY = "\n\n1. The WGEC should recommend that the IGF be strengthened.\n\n2. Developing countries should participate.\n"
LEADS = ["Submitted by {n}", "Submitted by: {n}", "Contribution by {n}", "Contribution from {n}", "Input from {n}",
         "Prepared by {n}", "Author: {n}", "From: {n}", "Comments by {n}", "Response of {n}", "Submission by {n}",
         "By {n}"]
NAMES: dict[str, tuple[str, ...]] = {
    "Japan": ("Japan",), "the Government of Japan": ("Japan", "Government of Japan"),
    "the Internet Society (ISOC)": ("Internet Society (ISOC)", "Internet Society", "ISOC"),
    "APC and ICC BASIS": ("APC", "ICC BASIS")}
BYLINE_DATES = {"5 December 2016": dt.date(2016, 12, 5), "December 5, 2016": dt.date(2016, 12, 5),
                "05.12.2016": dt.date(2016, 12, 5), "2016-12-05": dt.date(2016, 12, 5),
                "December 2016": dt.date(2016, 12, 1), "5th December 2016": dt.date(2016, 12, 5)}
BYLINE_PLACES = {"same line": "{t}\n\n{b}, {d}", "line under": "{t}\n\n{b}\n{d}", "labelled": "{t}\n\n{b}\n\nDate: {d}",
                 "above title": "{d}\n\n{t}\n\n{b}"}
DAY = dt.date(2017, 3, 15)
DATE_FORMS = {"15 March 2017": "day", "15th March 2017": "day", "15th of March 2017": "day", "March 15, 2017": "day",
              "March 15th, 2017": "day", "15 Mar 2017": "day", "15 Mar. 2017": "day", "15.03.2017": "day",
              "15/03/2017": "day", "15-03-2017": "day", "2017-03-15": "day", "2017/03/15": "day",
              "15-Mar-2017": "day", "Wednesday, 15 March 2017": "day", "Wednesday 15 March 2017": "day",
              "15 March, 2017": "day", "15.III.2017": "day", "March 2017": "month", "Mar 2017": "month",
              "Mar. 2017": "month", "15 de marzo de 2017": "day", "15 mars 2017": "day"}
DATE_PLACES = {"line": "{t}\n\n{d}", "place": "{t}\n\nGeneva, {d}", "Date:": "{t}\n\nDate: {d}",
               "Dated": "{t}\n\nDated {d}", "above": "{d}\n\n{t}",
               "on": "{t}\n\nSubmitted by the Internet Society on {d}",
               "foot": "{t}", "right": "{t}\n\nInternet Society                                   {d}",
               "Published:": "{t}\n\nPublished: {d}"}
QUESTIONS = ["What are the high-level characteristics of enhanced cooperation?",
             "What kind of recommendations should we consider?", "What is the role of stakeholders?"]
ANSWERS = ["Enhanced cooperation should be inclusive and multistakeholder.",
           "The WGEC should recommend capacity building for developing countries.",
           "All stakeholders should participate in their respective roles."]
QUESTION_LABELS = {"Question 1:": "Question {n}: {q}", "Question 1.": "Question {n}. {q}", "Q1:": "Q{n}: {q}",
                   "Q1.": "Q{n}. {q}", "Q.1": "Q.{n} {q}", "1.": "{n}. {q}", "1)": "{n}) {q}",
                   "**Question 1:**": "**Question {n}:** {q}", "Guiding question 1:": "Guiding question {n}: {q}",
                   "Question 1 -": "Question {n} - {q}", "Question 1 / question": "Question {n}\n{q}",
                   "**Question 1: question**": "**Question {n}: {q}**", "(1)": "({n}) {q}", "Q1<tab>": "Q{n}\t{q}",
                   "QUESTION 1:": "QUESTION {n}: {q}", "Q 1:": "Q {n}: {q}"}
ANSWER_LABELS = {"none": "{a}", "Answer:": "Answer: {a}", "A:": "A: {a}", "Response:": "Response: {a}",
                 "Answer: / answer": "Answer:\n{a}"}
OWNED_TITLES = ["Contribution of {n} to the Working Group on Enhanced Cooperation",
                "Contribution from {n} to the Working Group on Enhanced Cooperation",
                "Submission by {n} to the Working Group on Enhanced Cooperation",
                "{n}: contribution to the Working Group on Enhanced Cooperation",
                "{n}: responses to the WGEC guiding questions",
                "{n} - Response to the questionnaire on enhanced cooperation",
                "{np} contribution to the Working Group on Enhanced Cooperation", "{np} views on enhanced cooperation",
                "Comments of {n} on the Chair's draft recommendations", "Input of {n} to the WGEC",
                "Response of {n} to the WGEC questionnaire", "Views of {n} on enhanced cooperation",
                "Statement by {n} at the second meeting of the WGEC", "ENHANCED COOPERATION: SUBMISSION OF {N}"]
OWNERS: dict[str, tuple[str, ...]] = {
    "Japan": ("Japan",), "the Government of Japan": ("Japan", "Government of Japan"),
    "the Internet Society": ("Internet Society",), "ISOC": ("ISOC", "Internet Society"),
    "the Association for Progressive Communications (APC)": (
        "Association for Progressive Communications (APC)", "Association for Progressive Communications", "APC"),
    "Brazil": ("Brazil",), "the United States": ("United States", "United States of America")}
QUESTION_HEADS = {"Submitted by": "Response of the Internet Society to the questionnaire of the Working Group on "
                                  "Enhanced Cooperation\n\nSubmitted by the Internet Society\n\n",
                  "name in title": "Kenya: responses to the WGEC guiding questions\n\n30 November 2016\n\n"}


def parse(text: str) -> ParsedDocument:
    return parse_document(SourceFile.from_text("sweep.txt", text))


def bylines() -> Iterator[tuple[str, str, bool]]:
    """(dimension, case, right) for each by-line."""
    for lead, (name, accepted), (when, day), (place, pattern) in itertools.product(
            LEADS, NAMES.items(), BYLINE_DATES.items(), BYLINE_PLACES.items()):
        byline = lead.format(n=name)
        doc = parse(pattern.format(t=TITLE, b=byline, d=when) + BODY)
        names = [a.name for a in doc.submitters]
        right_names = names == list(accepted) if len(accepted) == 2 and "APC" in accepted else \
            len(names) == 1 and names[0] in accepted
        yield place, f"{byline!r} {when!r}", right_names and doc.date == day and doc.title == TITLE


def dates() -> Iterator[tuple[str, str, bool]]:
    """(dimension, case, right) for each date."""
    title = "Contribution of the Internet Society to the Working Group on Enhanced Cooperation"
    for (form, precision), (place, pattern) in itertools.product(DATE_FORMS.items(), DATE_PLACES.items()):
        text = pattern.format(t=title, d=form) + BODY + (f"\nGeneva, {form}\n" if place == "foot" else "")
        doc = parse(text)
        want = DAY if precision == "day" else DAY.replace(day=1)
        yield place, repr(form), doc.date == want and doc.date_precision == precision and doc.title == title


def titles() -> Iterator[tuple[str, str, bool]]:
    """(dimension, case, right) for each title that names its submitter."""
    for form, (name, accepted) in itertools.product(OWNED_TITLES, OWNERS.items()):
        bare = name.removeprefix("the ")
        possessive = ("The " if name.startswith("the ") else "") + bare + ("'" if bare.endswith("s") else "'s")
        title = form.format(n=name, np=possessive, N=name.upper())
        title = title[0].upper() + title[1:]
        doc = parse(f"{title}\n\n30 November 2016" + BODY)
        names = [a.name.casefold() for a in doc.submitters]
        right = len(names) == 1 and names[0] in {a.casefold() for a in accepted} and doc.title == title
        yield form, repr(title), right


LETTER = ("Input to the Working Group on Enhanced Cooperation\n\n15 March 2017\n\nDear Mr. Chairman,\n\n"
          "We are pleased to submit our views." + BODY + "\n")
CLOSINGS = ["Yours sincerely,", "Sincerely,", "Yours faithfully,", "Best regards,", "Respectfully submitted,",
            "Kind regards,", "With best regards,"]
SIGNERS: dict[str, tuple[str, ...]] = {
    "Internet Society": ("Internet Society",), "Access Now": ("Access Now",),
    "the Internet Corporation for Assigned Names and Numbers (ICANN)": (
        "Internet Corporation for Assigned Names and Numbers (ICANN)", "ICANN")}
SIGNATURES = {"name/position/org": "Jane Roe\nPresident and CEO\n{o}",
              "name/position, org": "Jane Roe\nPresident and CEO, {o}",
              "(signed)/name/position/org": "(signed)\nJane Roe\nPresident and CEO\n{o}",
              "name, position/org": "Jane Roe, President and CEO\n{o}", "name/org": "Jane Roe\n{o}", "org": "{o}",
              "Dr. name/position/org": "Dr. Jane Roe\nChief Executive Officer\n{o}"}


def letters() -> Iterator[tuple[str, str, bool]]:
    """(dimension, case, right) for each signed letter."""
    for closing, (org, accepted), (form, signature) in itertools.product(CLOSINGS, SIGNERS.items(),
                                                                          SIGNATURES.items()):
        doc = parse(LETTER + closing + "\n\n" + signature.format(o=org) + "\n")
        names = [a.name.removeprefix("the ") for a in doc.submitters]
        yield form, f"{closing!r} {signature.format(o=org)!r}", names in ([a] for a in accepted) and \
            len(doc.all_items()) == 2


def questions() -> Iterator[tuple[str, str, bool]]:
    """(dimension, case, right) for each questionnaire layout."""
    for (label, q_form), (answer, a_form), (head, front), (spacing, sep) in itertools.product(
            QUESTION_LABELS.items(), ANSWER_LABELS.items(), QUESTION_HEADS.items(),
            {"blank": "\n\n", "tight": "\n"}.items()):
        pairs = [q_form.format(n=i + 1, q=q) + sep + a_form.format(a=a)
                 for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True))]
        doc = parse(front + "\n\n".join(pairs) + "\n")
        asked = {q.key: q.number for q in doc.questions}
        answered: dict[str, list[str]] = {}
        for item in (i for sub in doc.submissions for i in sub.items if i.question in asked):
            answered.setdefault(asked[item.question or ""], []).append(item.text)
        right = len(doc.questions) == 3 and all(
            any(t.strip().endswith(a) for t in answered.get(str(i + 1), [])) for i, a in enumerate(ANSWERS))
        yield label, f"{label!r} {answer!r} {head!r} {spacing}", right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="the table only")
    args = parser.parse_args()
    rows = tally((("by-lines", bylines), ("dates", dates), ("titles", titles), ("letters", letters),
                  ("questions", questions)), args.quiet)
    print("\n| sweep | cases | wrong | most wrong where |\n|---|---:|---:|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()

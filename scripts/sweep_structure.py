"""How often the body's common forms are read right: list items, sub-items, recommending prose and mappings.

sweep_front_matter.py crosses the forms of the front matter; this sweep crosses those of the body, under one
front matter every reader gets right ("Contribution of Japan to the Working Group on Enhanced Cooperation",
"Submitted by Japan, 15 March 2017"), so that one form read wrong shows in every place it can stand:

* **items**: 19 numbering forms ("1.", "1)", "(1)", "1-", "a)", "(a)", "a.", "i.", "(i)", "I.", "A.", "•", "-",
  "*", "▪", "–", "Recommendation 1:", "¶ 1", "1.1") x 7 placements (under "Recommendations", "Proposals",
  "Our suggestions", under the lead-ins "The WGEC should:" and "We recommend the following:", after an
  introductory paragraph, right under the by-line) x 5 spacings (a blank line between items or none; items
  wrapped over two lines, the second line hanging or flush) x a closing paragraph after the list or none; right
  when the three items are the proposals, with their texts: three top-level ones, or, under a lead-in, the
  lead-in with the three as its parts;
* **nesting**: 4 parent forms ("1.", "1)", "(1)", "•") x 9 sub-item forms ("a)", "(a)", "a.", "i.", "(i)", "-",
  "•", Word's "o", "1.1" under "1." only; a bullet under a bullet only indented) x the parent ending on ":" or
  "." x sub-items lower-case ("map the issues ...;") or sentences x flush or indented x a blank line between
  or not; right when the two parents are the top-level proposals and each has its two sub-items as parts;
* **prose**: 13 paragraphs that recommend ("We recommend that ...", "Japan calls for ...", "... should ...",
  "It is proposed that ...", "We urge ...", "We propose ...", "The WGEC is invited to ...", "We encourage ...")
  and 11 that do not (background, "Some members said that ... should ...", "In its previous report, the CSTD
  recommended ...", a quoted Tunis Agenda paragraph, a heading) x 3 placements (after an introduction, under
  "Recommendations", under a topic heading) x one line or hard-wrapped; right when the recommending paragraph
  is the one proposal and the others none;
* **mappings**: 12 forms of stating which organisations or forums address an issue ("- Cybersecurity: ITU, OECD",
  "Cybersecurity — ITU and OECD", "Infrastructure issues: ITU, UNDP", pipe and Markdown tables, a tab-separated
  table, "Issues of X should be addressed by Y", "X falls within the mandate of Y") x 5 separators of the
  organisations x 3 placements; the graph is built and checked with the ``mapped_to`` facts of
  tests/graph/layout/unseen_facts.py (organisations by ", ", " and ", "; ", " / ", " & "; the prose forms by
  " and " only); right when every issue-organisation pair is stated and no other issue is.

Items, nesting and prose parse only; mappings build a graph per case (files under /tmp/sweepcase-*): about
ten seconds in all.  Prints the wrong ones, then a Markdown table.

    .venv/bin/python scripts/sweep_structure.py [--quiet]
"""
from __future__ import annotations

import argparse
import importlib
import itertools
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rdflib.namespace import RDF

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# the analysts' checks of the blind rounds, imported by name: mypy does not check the tests' helpers
unseen = importlib.import_module("tests.graph.layout.unseen_facts")
Doc, Fact, missed, norm = unseen.Doc, unseen.Fact, unseen.missed, unseen.norm

from sweep_table import tally  # noqa: E402  (beside this script)

from wgec.graph.build import build  # noqa: E402
from wgec.graph.ingest.source import SourceFile  # noqa: E402
from wgec.graph.layout.document import parse_document  # noqa: E402
from wgec.graph.layout.model import ParsedDocument, ParsedItem  # noqa: E402
from wgec.ontology.vocab import WGEC  # noqa: E402

FRONT = "Contribution of Japan to the Working Group on Enhanced Cooperation\n\nSubmitted by Japan, 15 March 2017\n\n"
INTRO = "Japan welcomes the opportunity to contribute to the work of the Working Group on Enhanced Cooperation."

ROMAN = ["i", "ii", "iii", "iv"]
MARKERS: dict[str, Callable[[int], str]] = {
    "1.": lambda n: f"{n}.", "1)": lambda n: f"{n})", "(1)": lambda n: f"({n})", "1-": lambda n: f"{n}-",
    "a)": lambda n: f"{'abcd'[n - 1]})", "(a)": lambda n: f"({'abcd'[n - 1]})", "a.": lambda n: f"{'abcd'[n - 1]}.",
    "i.": lambda n: f"{ROMAN[n - 1]}.", "(i)": lambda n: f"({ROMAN[n - 1]})",
    "I.": lambda n: f"{ROMAN[n - 1].upper()}.",
    "A.": lambda n: f"{'ABCD'[n - 1]}.", "•": lambda n: "•", "-": lambda n: "-", "*": lambda n: "*",
    "▪": lambda n: "▪", "–": lambda n: "–", "Recommendation 1:": lambda n: f"Recommendation {n}:",
    "¶ 1": lambda n: f"¶ {n}", "1.1": lambda n: f"1.{n}"}
LABELS = {"Recommendation 1:", "¶ 1"}  # forms whose label an item's text may keep
SENTENCES = ["The CSTD should maintain an online map of the organisations that address Internet-related public "
             "policy issues.",
             "Developing countries should be supported so that they can participate in the existing mechanisms.",
             "The IGF should be strengthened and its outcomes transmitted to the organisations concerned."]
VERB_PHRASES = ["recommend that the CSTD maintain an online map of the organisations that address Internet-related "
                "public policy issues;",
                "encourage support for developing countries so that they can participate in the existing mechanisms;",
                "call for the IGF to be strengthened and its outcomes transmitted to the organisations concerned."]
# placement: (what goes before the items, a lead-in that may hold the items as its parts, the items' texts)
ITEM_PLACES: dict[str, tuple[str, str | None, list[str]]] = {
    "Recommendations": ("Recommendations\n\n", None, SENTENCES), "Proposals": ("Proposals\n\n", None, SENTENCES),
    "Our suggestions": ("Our suggestions\n\n", None, SENTENCES),
    "The WGEC should:": ("The WGEC should:\n\n", "The WGEC should:", VERB_PHRASES),
    "We recommend the following:": ("We recommend the following:\n\n", "We recommend the following:", SENTENCES),
    "after intro": (INTRO + "\n\n", None, SENTENCES), "no heading": ("", None, SENTENCES)}
SPACINGS = ["blank", "tight", "blank, wrapped", "tight, wrapped", "tight, wrapped flush"]
CLOSING = "Japan stands ready to continue contributing to the work of the Working Group."


def parse(text: str) -> ParsedDocument:
    return parse_document(SourceFile.from_text("sweep.txt", text))


def wrap(marker: str, text: str, hanging: bool) -> str:
    """An item over two lines, broken before a lower-case word past the middle."""
    words = text.split(" ")
    cut = next(i for i in range(len(words) // 2, len(words)) if words[i][:1].islower())
    indent = " " * (len(marker) + 1) if hanging else ""
    return f"{marker} {' '.join(words[:cut])}\n{indent}{' '.join(words[cut:])}"


def same(got: str, want: str, marker: str = "", form: str = "") -> bool:
    """An item's text as written: its label kept before it is no fault for 'Recommendation 1:' and '¶ 1'."""
    got, want = norm(got), norm(want)
    return got == want or (form in LABELS and got.endswith(want) and got[:-len(want)].strip() == marker)


def shape(items: list[ParsedItem]) -> str:
    """The proposals as read, compactly: top-level texts, their parts after '>'."""
    return " | ".join(f"{i.text[:28]!r}" + (" > " + ", ".join(repr(c.text[:18]) for c in i.children)
                                            if i.children else "") for i in items)


def listed(got: list[ParsedItem], texts: list[str], marks: list[str], form: str) -> bool:
    """The items are these three, none with parts."""
    return len(got) == 3 and all(not i.children and same(i.text, t, m, form)
                                 for i, t, m in zip(got, texts, marks, strict=True))


def items() -> Iterator[tuple[str, str, bool, str]]:
    """(dimension, case, right, what was read) for each list."""
    for form, (place, (before, lead, texts)), spacing, closed in itertools.product(
            MARKERS, ITEM_PLACES.items(), SPACINGS, (False, True)):
        marks = [MARKERS[form](n + 1) for n in range(3)]
        lines = [wrap(m, t, "flush" not in spacing) if "wrapped" in spacing else f"{m} {t}"
                 for m, t in zip(marks, texts, strict=True)]
        doc = parse(FRONT + before + ("\n\n" if spacing.startswith("blank") else "\n").join(lines) + "\n"
                    + ("\n" + CLOSING + "\n" if closed else ""))
        top = [i for sub in doc.submissions for i in sub.items]

        ok = listed(top, texts, marks, form) or (lead is not None and len(top) == 1 and same(top[0].text, lead)
                                                 and listed(top[0].children, texts, marks, form))
        yield (f"{form} / {place}", f"{form!r} under {place!r}, {spacing}{', closing paragraph' if closed else ''}",
               ok, shape(top))


PARENTS = {"1.": "{n}.", "1)": "{n})", "(1)": "({n})", "•": "•"}
SUBS = {"a)": "{a})", "(a)": "({a})", "a.": "{a}.", "i.": "{i}.", "(i)": "({i})", "-": "-", "•": "•", "o": "o",
        "1.1": "{n}.{k}"}


def nests(parent: str, sub: str, indent: str) -> bool:
    """The pairs crossed: a sub-item's form other than its parent's; '1.1' under '1.' only; a bullet under a
    bullet, and Word's 'o', only indented (flush, whether it is a sub-item is debatable)."""
    bullets = {"•", "-", "o"}
    return sub != parent and (sub != "1.1" or parent == "1.") and (
        bool(indent) or (sub != "o" and not (parent in bullets and sub in bullets)))


PARENT_TEXTS = ["The CSTD should map the existing mechanisms",
                "Developing countries should be supported to participate"]
SUB_TEXTS = {"lower-case": [["map the issues and the organisations that address them;",
                             "publish the map online and keep it up to date."],
                            ["through fellowships for their delegates;", "through remote participation in meetings."]],
             "sentences": [["The map should list the issues and the organisations that address them.",
                            "The map should be published online and kept up to date."],
                           ["Fellowships should be offered to their delegates.",
                            "Remote participation should be offered at all meetings."]]}


def nesting() -> Iterator[tuple[str, str, bool, str]]:
    """(dimension, case, right, what was read) for each list of lists."""
    for parent, sub, end, case, indent, sep in itertools.product(
            PARENTS, SUBS, (":", "."), SUB_TEXTS, ("", "   "), ("\n\n", "\n")):
        if not nests(parent, sub, indent):
            continue
        blocks = []
        for n, (head, subs) in enumerate(zip(PARENT_TEXTS, SUB_TEXTS[case], strict=True), start=1):
            blocks.append(PARENTS[parent].format(n=n) + " " + head + end)
            blocks += [indent + SUBS[sub].format(n=n, k=k, a="ab"[k - 1], i=ROMAN[k - 1]) + " " + text
                       for k, text in enumerate(subs, start=1)]
        doc = parse(FRONT + "Recommendations\n\n" + sep.join(blocks) + "\n")
        top = [i for s in doc.submissions for i in s.items]
        ok = len(top) == 2 and all(
            norm(i.text).startswith(head) and len(i.children) == 2
            and all(same(c.text, t) for c, t in zip(i.children, subs, strict=True))
            for i, head, subs in zip(top, PARENT_TEXTS, SUB_TEXTS[case], strict=True))
        spacing = "blank" if sep == "\n\n" else "tight"
        yield (f"{sub} under {parent}", f"{parent!r} > {sub!r}, parent ends {end!r}, {case}, "
               f"{'indented' if indent else 'flush'}, {spacing}", ok, shape(top))


RECOMMENDING = {
    "We recommend that": "We recommend that the CSTD maintain an online map of the organisations that address "
                         "Internet-related public policy issues.",
    "Japan calls for": "Japan calls for the strengthening of the Internet Governance Forum and for the transmission "
                       "of its outcomes to the organisations concerned.",
    "... should ...": "The CSTD should maintain an online map of the organisations that address Internet-related "
                      "public policy issues.",
    "It is proposed that": "It is proposed that the CSTD maintain an online map of the organisations that address "
                           "Internet-related public policy issues.",
    "We urge": "We urge all stakeholders to participate in the existing mechanisms in their respective roles.",
    "We propose": "We propose that developing countries be supported so that they can participate in the existing "
                  "mechanisms.",
    "The WGEC is invited to": "The WGEC is invited to recommend that the CSTD maintain an online map of the "
                              "organisations that address Internet-related public policy issues.",
    "background, then should": "Developing countries face many barriers to participation in the existing mechanisms. "
                               "Governments should therefore fund the participation of their delegates.",
    "It is recommended that": "It is recommended that the CSTD maintain an online map of the organisations that "
                              "address Internet-related public policy issues.",
    "We encourage": "We encourage the CSTD to maintain an online map of the organisations that address "
                    "Internet-related public policy issues.",
    "We suggest that": "We suggest that the IGF be strengthened and that its outcomes be transmitted to the "
                       "organisations concerned.",
    "We would like to propose": "We would like to propose that the CSTD maintain an online map of the organisations "
                                "that address Internet-related public policy issues.",
    "Japan recommends": "Japan recommends that the IGF be strengthened and that its outcomes be transmitted to the "
                        "organisations concerned."}
NOT_RECOMMENDING = {
    "background": "The Tunis Agenda was adopted in 2005 at the second phase of the World Summit on the Information "
                  "Society.",
    "background with recommendations": "The WGEC was re-established by the General Assembly to develop "
                                       "recommendations on how to further implement enhanced cooperation.",
    "Some members said ... should": "Some members said that the CSTD should maintain an online map of the "
                                    "organisations that address Internet-related public policy issues.",
    "Several members noted ... should": "At the second meeting, several members noted that governments should "
                                        "participate on an equal footing.",
    "quoted, introduced": "Paragraph 71 of the Tunis Agenda reads: \"Relevant organizations should commence a process "
                          "towards enhanced cooperation involving all stakeholders, proceeding as quickly as possible "
                          "and responsive to innovation.\"",
    "quoted, alone": "\"Relevant organizations should commence a process towards enhanced cooperation involving all "
                     "stakeholders, proceeding as quickly as possible and responsive to innovation.\" (Tunis Agenda, "
                     "paragraph 71)",
    "the Tunis Agenda calls for": "Paragraph 69 of the Tunis Agenda calls for enhanced cooperation to enable "
                                   "governments to carry out their roles and responsibilities.",
    "the CSTD recommended": "In its previous report, the CSTD recommended that the IGF be strengthened.",
    "the Chair invited": "The Chair invited members to submit their proposals by the end of March.",
    "barriers": "Developing countries face many barriers to participation in the existing mechanisms.",
    "heading": "Capacity building for developing countries"}
PROSE_PLACES = {"after intro": INTRO + "\n\n", "Recommendations": "Recommendations\n\n",
                "topic heading": "The role of the existing mechanisms\n\n"}


# a paragraph's proposal is its recommending sentence, not the background before it (layout/recommending.py)
PROPOSED_PART = {"background, then should": "Governments should therefore fund the participation of their delegates."}


def prose() -> Iterator[tuple[str, str, bool, str]]:
    """(dimension, case, right, what was read) for each paragraph."""
    paragraphs = [(k, v, True) for k, v in RECOMMENDING.items()] + [(k, v, False) for k, v in NOT_RECOMMENDING.items()]
    for (form, text, recommends), (place, before), wrapped in itertools.product(
            paragraphs, PROSE_PLACES.items(), (False, True)):
        body = "\n".join(textwrap.wrap(text, 70)) if wrapped else text
        doc = parse(FRONT + before + body + "\n")
        got = [i.text for i in doc.all_items()]
        ok = [norm(t) for t in got] == ([norm(PROPOSED_PART.get(form, text))] if recommends else [])
        yield (f"{'recommends' if recommends else 'not'}: {form}",
               f"{form!r} ({'proposal' if recommends else 'no proposal'}) {place}, "
               f"{'wrapped' if wrapped else 'one line'}", ok, " | ".join(repr(t[:40]) for t in got) or "none")


ISSUES = {"Cybersecurity": ["ITU", "OECD"], "Multilingualism": ["UNESCO", "IGF"],
          "Infrastructure": ["ITU", "UNDP"], "Intellectual property": ["WIPO"]}
GAZETTEER_LABELS = {"ITU": "International Telecommunication Union (ITU)", "OECD": "OECD", "UNESCO": "UNESCO",
                    "IGF": "Internet Governance Forum (IGF)", "UNDP": "United Nations Development Programme (UNDP)",
                    "WIPO": "World Intellectual Property Organization (WIPO)"}
TABLE_HEAD = {"pipe table": "Issue | Organisations\n", "pipe table, rule": "Issue | Organisations\n--- | ---\n",
              "Markdown table": "| Issue | Organisations |\n|---|---|\n", "tab table": "Issue\tOrganisations\n"}
MAP_FORMS = {"- X: Y": "- {i}: {o}", "X: Y": "{i}: {o}", "• X: Y": "• {i}: {o}", "X — Y": "{i} — {o}",
             "X – Y": "{i} – {o}", "X issues: Y": "{i} issues: {o}", "pipe table": "{i} | {o}",
             "pipe table, rule": "{i} | {o}", "Markdown table": "| {i} | {o} |", "tab table": "{i}\t{o}",
             "addressed by": "Issues of {il} should be addressed by {o}.",
             "falls within the mandate": "{i} falls within the mandate of {o}."}
SEPARATORS = {"comma": ", ", "and": " and ", "semicolon": "; ", "slash": " / ", "ampersand": " & "}
PROSE_FORMS = {"addressed by", "falls within the mandate"}
MAP_PLACES = {"heading": "Proposed mapping\n\n",
              "lead-in": "We propose the following mapping of issues to organisations:\n\n",
              "after a paragraph": INTRO + "\n\n"}


def issue_names(issue: str, form: str) -> set[str]:
    """How an analyst may record the issue a line maps: as written, or its head word ("Infrastructure issues")."""
    names = {issue.casefold()}
    if form == "X issues: Y":
        names.add(f"{issue} issues".casefold())
    if form == "addressed by":
        names.add(f"issues of {issue}".casefold())
    return names


def mapped(doc: Any) -> list[tuple[str, str]]:
    g = doc.g
    out = []
    for st in g.subjects(RDF.type, WGEC.MappingStatement):
        if (st, WGEC.inDocument, doc.iri) in g:
            out.append((min(doc.labels(g.value(st, RDF.subject)) or {"?"}),
                        min(doc.labels(g.value(st, RDF.object)) or {"?"}, key=len)))
    return out


def mappings(work: Path) -> Iterator[tuple[str, str, bool, str]]:
    """(dimension, case, right, what was read) for each mapping, from the graph built from it."""
    for (form, row), (sep_name, sep), (place, before) in itertools.product(
            MAP_FORMS.items(), SEPARATORS.items(), MAP_PLACES.items()):
        if form in PROSE_FORMS and sep_name != "and":
            continue
        lines = [row.format(i=i, il=i.lower(), o=sep.join(orgs)) for i, orgs in ISSUES.items()]
        table = form in TABLE_HEAD
        body = TABLE_HEAD.get(form, "") + ("\n" if table or form not in PROSE_FORMS else "\n\n").join(lines)
        path = work / f"{len(list(work.iterdir())):03d}-japan.txt"
        path.write_text(FRONT + before + body + "\n", encoding="utf-8")
        graph = build([path], run_validation=False).graph
        doc = Doc(graph)
        lost = []
        for issue, orgs in ISSUES.items():
            for org in orgs:
                if all(missed(graph, [Fact("mapped_to", name, GAZETTEER_LABELS[org])])
                       for name in issue_names(issue, form)):
                    lost.append(f"{issue}->{org}")
        wanted = set().union(*(issue_names(i, form) for i in ISSUES))
        stated = mapped(doc)
        extra = sorted({f"{s}->{o}" for s, o in stated if s not in wanted})
        ok = not lost and not extra
        got = (f"lost {', '.join(lost)}" if lost else "") + ("; " if lost and extra else "") + \
              (f"extra {', '.join(extra)}" if extra else "")
        yield f"{form}", f"{form!r} orgs by {sep_name!r}, {place}", ok, got or f"{len(stated)} stated"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="the table only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sweepcase-"))
    try:
        rows = tally((("items", items), ("nesting", nesting), ("prose", prose), ("mappings", lambda: mappings(work))),
                     args.quiet)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n| sweep | cases | wrong | most wrong where |\n|---|---:|---:|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()

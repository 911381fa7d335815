"""Every named query, checked against facts read from the documents by hand.

These are an oracle independent of the build; tests/queries/test_answers.py holds the exact
answers (regenerated on purpose), and these checks must still hold after a regeneration.
"""
from __future__ import annotations

import re

import pytest
from tests.queries.answers import default_params

from wgec.errors import QueryError
from wgec.queries.library import bind, get_query, named_queries, parse_header, prepare, to_term
from wgec.queries.results import compact, render
from wgec.queries.run import run_local

#: The parameters each query runs with, from tests/queries/expected/params.toml (shared with the
#: exact-answer, store and endpoint tests); variants (NAME--VARIANT) are left to test_answers.
PARAMS = default_params()


def labels(result, column):
    i = result.variables.index(column)
    return [str(r[i]) for r in result.rows]


def counts(result, label, count):
    return dict(zip(labels(result, label), map(int, labels(result, count)), strict=True))


CHECKS = {
    "agencies-per-issue-level": lambda r: len(r.rows) == 24
        and ("Infrastructural level", "agency", "International Telecommunication Union (ITU)") in
        {(str(x[1]), str(x[2]), str(x[4])) for x in r.rows},
    "issues-per-agency": lambda r: counts(r, "bodyLabel", "levels")["Internet Governance Forum (IGF)"] == 3,
    "shared-between-levels": lambda r: set(labels(r, "bodyLabel")) == {
        "Internet Governance Forum (IGF)", "WSIS Forum", "High-Level Political Forum on Sustainable Development (HLPF)",
        "International Telecommunication Union (ITU)", "United Nations Development Programme (UNDP)", "UNESCO",
        "United Nations Conference on Trade and Development (UNCTAD)"},
    "focus-areas": lambda r: len(r.rows) == 21 and "Multilingualism and heritage" in labels(r, "focusLabel"),
    "proposals-by-actor": lambda r: len(r.rows) == 20 and set(labels(r, "date")) == {"2014-02-07T00:00:00"},
    "proposals-by-date-range": lambda r: {s for s in labels(r, "submitterLabel")} == {
        "United States of America", "Per Linner", "Carlos Alonso"},
    "proposals-by-category": lambda r: set(labels(r, "submitterLabel")) == {
        "Russian Federation", "Japan", "Avri Doria"},
    "co-submitters": lambda r: labels(r, "documentLabel") == [
        "Revised recommendations submitted in preparation for the 4th WGEC meeting"] and int(r.rows[0][2]) == 4,
    "groups": lambda r: {"Grace Githaiga", "Sweden"} <= set(labels(r, "memberLabel")),
    "on-behalf-of": lambda r: [(str(x[1]), int(x[2])) for x in r.rows if str(x[0]) == "Per Linner"] == [
        ("Brazil, Mexico, Sweden and United Kingdom", 4)],  # one coalition, each proposal listed once
    "position-stances": lambda r: ("opposes", "Avri Doria") in {(str(x[1]), str(x[2])) for x in r.rows},
    "position-split": lambda r: ("Pakistan", "supports") in {(str(x[0]), str(x[2])) for x in r.rows},
    "citing-paragraph": lambda r: labels(r, "citingLabel") == [
        "Contribution to the guiding questions agreed during first meeting of the WGEC"] or
        "Contribution to the guiding questions agreed during first meeting of the WGEC" in labels(r, "citingLabel"),
    "most-cited-paragraphs": lambda r: labels(r, "provisionLabel")[0] in {
        "Tunis Agenda, paragraph 35", "Tunis Agenda, paragraph 69", "Tunis Agenda, paragraph 70",
        "Tunis Agenda, paragraph 71"} and int(r.rows[0][2]) == 4
        and "Tunis Agenda, paragraph 65" not in labels(r, "provisionLabel")
        and counts(r, "provisionLabel", "documents")["A/70/125, paragraph 65"] == 2,
    "mentions-of": lambda r: "Comments to the Chairman's initial proposal of 11 November 2017"
        in labels(r, "subjectLabel"),
    "actor-timeline": lambda r: [str(x[0]) for x in r.rows if x[0] is not None]
        == ["2013-12-12T00:00:00", "2016-12-05T00:00:00"],
    # three of the 2013-2014 group (the third, "our next meeting in February", in 004) and five of 2016-2018
    "meetings": lambda r: len(r.rows) == 8,
    "search-text": lambda r: len(r.rows) == 1 and "2-bis" in str(r.rows[0][0]),
    "provenance": lambda r: {(str(x[1]), int(x[2])) for x in r.rows} == {("001_bfbaf99d7c7bcbb5.txt", 144)}
        and str(r.rows[0][6])
        == "Establishment of a permanent intergovernmental mechanism ~~in the Internet Governance Forum.~~",
    "gap-issues": lambda r: r.rows == [],  # every level has forums and several agencies
    "gap-proposals": lambda r: 100 < len(r.rows) < 213,
    "documents": lambda r: len({x[0] for x in r.rows}) == 5,
    "questionnaire": lambda r: len(r.rows) == 20,
    "characteristics": lambda r: counts(r, "characteristicLabel", "documents")["Transparency"] == 2,
    "amendments": lambda r: "in the Internet Governance Forum." in labels(r, "deleted"),
    "alias-resolutions": lambda r: [(str(x[0]), compact(x[1]), str(x[3])) for x in r.rows]
        == [("UNDECA", "id:org/un-desa", "probable")],
    "supports-new-mechanism": lambda r: r.boolean is True,
    "describe-entity": lambda r: len(r.graph) > 5,
}


def test_at_least_twenty_named_queries_each_with_a_question():
    queries = named_queries()
    assert len(queries) >= 20
    assert all(q.question and "?" in q.question for q in queries.values())
    assert all(q.parameters == () or any(w in q.parameters[0].help for w in ("e.g.", "one of"))
               for q in queries.values())  # an example value, or the values allowed
    assert set(CHECKS) <= set(queries)  # every query's exact answer is checked by test_answers


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_named_query_answers(answers, name):
    result = answers(name)
    assert CHECKS[name](result), render(result, "table")[:2000]


def test_values_are_terms_not_text():
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    text = bind("SELECT ?s WHERE { ?s ?p ?text }", {"text": to_term(hostile, "literal", "text")})
    assert 'DROP ALL' in text and '\\"' in text  # escaped inside one literal
    from wgec.queries.run import check_syntax
    check_syntax(text)


def test_bad_parameters_are_named():
    with pytest.raises(QueryError, match="needs parameter 'actor'"):
        prepare(get_query("proposals-by-actor"), {})
    with pytest.raises(QueryError, match="not a date"):
        prepare(get_query("proposals-by-date-range"), {"from": "12/11/2013", "to": "2013-12-31"})
    with pytest.raises(QueryError, match="did you mean meetings"):
        get_query("meeting")


def test_syntax_error_has_line_and_column(graph):
    with pytest.raises(QueryError, match="line 2, column"):
        run_local(graph, "SELECT ?x WHERE {\n ?x ?y }", "q.rq")


def test_formats(graph):
    r = run_local(graph, prepare(get_query("meetings"), {}), "meetings")
    import json
    data = json.loads(render(r, "json"))
    assert data["head"]["vars"][0] == "groupLabel" and len(data["results"]["bindings"]) == 8
    assert render(r, "csv").splitlines()[0] == "groupLabel,ordinal,start,end,precision,place,chairLabel"
    assert render(r, "tsv").splitlines()[1].startswith('"Working Group on Enhanced Cooperation (2013-2014)"@en\t')
    assert render(r, "table").endswith("(8 rows)")


@pytest.mark.parametrize("start, end, listed", [
    ("2014-02-07", "2014-02-07", 1),       # one day: Japan's twenty proposals
    ("2013-11-01", "2014-02-07", 99),      # across a year's end, both ends included
    ("2013-12-13", "2014-02-06", 56),      # between the dated submissions: nothing
    ("2014-02-08", "2013-11-01", None),    # inverted: left to the FILTER
    ("2000-01-01", "2020-12-31", None),    # wider than MAX_ENUMERATED_DAYS
])
def test_date_range_lists_days_with_the_filter_answer(graph, start, end, listed):
    query = get_query("proposals-by-date-range")
    assert [(r.variable, r.start, r.end) for r in query.day_ranges] == [("date", "from", "to")]
    text = prepare(query, {"from": start, "to": end})
    days_block = re.search(r"VALUES \?date \{([^}]*)\}", text)
    assert (len(days_block.group(1).split()) if days_block else None) == listed
    if days_block:
        assert f'"{start}T00:00:00"^^' in days_block.group(1) and f'"{end}T00:00:00"^^' in days_block.group(1)
    filter_only = bind(query.text, {"from": to_term(start, "date", "from"), "to": to_term(end, "date", "to")})
    with_days = run_local(graph, text, "with days")
    assert with_days.comparable() == run_local(graph, filter_only, "filter only").comparable()
    if (start, end) == ("2014-02-07", "2014-02-07"):
        assert len(with_days.rows) == 20 and set(labels(with_days, "submitterLabel")) == {"Japan"}
    if start == "2013-12-13":
        assert with_days.rows == []


def test_days_header_needs_date_parameters():
    text = ("# Question: Which?\n# Parameter: from literal required - e.g. x\n# Days: ?d from ?from to ?to\n"
            "SELECT * WHERE { ?s ?p ?d }")
    with pytest.raises(QueryError, match=r"q\.rq: '# Days:' needs date parameters"):
        parse_header("q", text)

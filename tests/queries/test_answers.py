"""Every named query, answered exactly as its expected file says (tests/queries/expected/).

The files are written by ``scripts/regenerate_expected.py`` from the bundled build and
reviewed in git; :mod:`tests.queries.answers` says how answers are written and compared.
"""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from tests.queries.answers import EXPECTED, Case, cases, compare, compare_ordered, order_variables, term_text

from wgec.queries.library import get_query

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.key for c in CASES])
def test_exact_answer(answers, case: Case):
    problem = compare(case, answers(case.key))
    assert problem is None, f"{case.key} {case.params or ''}\n{problem}"


def test_every_expected_file_belongs_to_a_query():
    keys = {c.path.name for c in CASES}
    orphans = sorted(p.name for p in EXPECTED.iterdir() if p.suffix in (".csv", ".ttl") and p.name not in keys)
    assert orphans == [], "expected files without a query (delete them or run scripts/regenerate_expected.py)"


def test_required_parameters_are_given():
    for case in CASES:
        missing = [p.name for p in case.query.parameters if p.required and p.name not in case.params]
        assert missing == [], f"{case.key}: params.toml lacks {missing}"


def test_canonical_terms_keep_datatype_and_language():
    assert term_text(Literal("2013-11-06", datatype=XSD.date)) != term_text(Literal("2013-11-06"))
    assert term_text(Literal("Japan", lang="en")) != term_text(Literal("Japan"))
    assert term_text(Literal("4", datatype=XSD.integer)) != term_text(Literal("4"))
    assert term_text(Literal("Japan", datatype=XSD.string)) == term_text(Literal("Japan"))  # one term in RDF 1.1
    assert term_text(URIRef("id:org/itu")) != term_text(URIRef("https://w3id.org/wgec/id/org/itu"))
    assert term_text(Literal("id:org/itu")) != term_text(URIRef("https://w3id.org/wgec/id/org/itu"))
    assert term_text(None) == "" != term_text(Literal(""))


def test_order_by_is_checked_but_ties_are_free():
    assert order_variables("SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(?n) xsd:integer(?a)") == ["n", "a"]
    assert order_variables("SELECT ?a WHERE { { SELECT ?a WHERE {?a ?b ?c} ORDER BY ?a } }") is None
    assert order_variables(get_query("meetings").text) == ["groupLabel", "ordinal"]
    header = ["k", "v"]
    rows = [("1", "a"), ("1", "b"), ("2", "c")]
    assert compare_ordered(rows, [("1", "b"), ("1", "a"), ("2", "c")], [0], header) is None
    assert compare_ordered(rows, [("2", "c"), ("1", "a"), ("1", "b")], [0], header) is not None
    assert compare_ordered(rows, [("1", "a"), ("1", "a"), ("2", "c")], [0], header) is not None

"""What an analyst types and reads: names for IRI parameters, tables that wrap, names in answers,
gap thresholds stated, a document described with its proposals, stances, citations and mapping rows."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS
from tests.cli import wgec

from wgec.errors import QueryError
from wgec.ontology.vocab import WGEC
from wgec.queries.library import NAME_LOOKUP, bind, get_query, prepare, resolve_names
from wgec.queries.results import QueryResult, to_table
from wgec.queries.run import run_local

ID = "https://w3id.org/wgec/id/"


def runner(graph):
    return lambda text: run_local(graph, text, "names")


def test_names_resolve_by_label_or_alt_label_in_any_case(graph):
    query = get_query("proposals-by-actor")
    values, notes = resolve_names(query, {"actor": "russian FEDERATION"}, runner(graph))
    assert values == {"actor": ID + "gov/russian-federation"}
    assert notes == [f"actor 'russian FEDERATION' is <{ID}gov/russian-federation>"]
    assert resolve_names(query, {"actor": "Russia"}, runner(graph))[0]["actor"].endswith("/russian-federation")
    assert resolve_names(query, {"actor": "id:gov/japan"}, runner(graph)) == ({"actor": "id:gov/japan"}, [])


def test_an_ambiguous_name_lists_its_candidates(graph):
    with pytest.raises(QueryError) as err:
        resolve_names(get_query("proposals-by-actor"), {"actor": "WGEC"}, runner(graph))
    message = str(err.value)
    assert "'WGEC' names 2 entities" in message
    assert f"<{ID}wg/wgec-2013-2014>" in message and f"<{ID}wg/wgec-2016-2018>" in message


def test_an_unknown_name_suggests_labels_that_contain_it(graph):
    with pytest.raises(QueryError, match=r"nothing is named 'Federation'.*did you mean 'Russian Federation'"):
        resolve_names(get_query("proposals-by-actor"), {"actor": "Federation"}, runner(graph))


def test_a_name_is_bound_as_a_literal_never_pasted(graph):
    hostile = 'x")) } } DELETE WHERE { ?s ?p ?o } #'
    text = bind(NAME_LOOKUP, {"name": Literal(hostile)})
    assert text.count("VALUES") == 1 and "\\\")) }" in text  # escaped inside one literal
    with pytest.raises(QueryError, match="nothing is named"):
        resolve_names(get_query("proposals-by-actor"), {"actor": hostile}, runner(graph))


def test_cli_takes_a_name_and_says_what_it_resolved_to(built_out):
    for store in ("memory", "oxigraph"):
        done = wgec("query", "proposals-by-actor", "-p", "actor=Japan", "--data", str(built_out / "wgec.ttl"),
                    "--store", store, "--format", "csv")
        assert done.returncode == 0, done.stderr
        assert f"actor 'Japan' is <{ID}gov/japan>" in done.stderr
        assert done.stdout.count("\n") == 21  # header + Japan's 20 proposals
    done = wgec("query", "proposals-by-actor", "-p", "actor=WGEC", "--data", str(built_out / "wgec.ttl"))
    assert done.returncode == 2 and "names 2 entities" in done.stderr


def test_tables_wrap_long_text_instead_of_cutting_it():
    text = "Governments, on an equal footing, shall carry out their roles and responsibilities " * 3
    result = QueryResult("select", ["who", "text"], [(Literal("Russian Federation"), Literal(text))])
    table = to_table(result, width=70)
    assert "…" not in table and max(len(line) for line in table.splitlines()) <= 70
    assert " ".join(" ".join(line[20:].split()) for line in table.splitlines()[2:-1]).strip() == " ".join(text.split())
    assert table.splitlines()[2].startswith("Russian Federation")


def test_who_cites_what_names_the_submitters(graph):
    result = run_local(graph, prepare(get_query("who-cites-what"), {"provision": "id:instrument/tunis-agenda"}), "w")
    i = result.variables.index("submitters")
    assert result.rows and not any(str(r[i]).startswith("http") for r in result.rows)
    named = {name for r in result.rows for name in str(r[i]).split("; ") if name}
    assert {"Russian Federation", "Pakistan", "Saudi Arabia", "Parminder Singh"} <= named


def test_gap_queries_state_their_thresholds_and_take_a_focus_area(graph):
    query = get_query("gap-issues")
    loose = run_local(graph, prepare(query, {"maxAgencies": "5"}), "g")
    assert {str(r[1]) for r in loose.rows} == {"Content level", "Infrastructural level"}
    assert all(str(r[5]) == "a gap: fewer than 1 forum(s) or at most 5 UN agency(ies)" for r in loose.rows)
    one = run_local(graph, prepare(query, {"maxAgencies": "5", "focus": "id:issue/content-level/capacity-building"}),
                    "g")
    assert [str(r[1]) for r in one.rows] == ["Content level"] and "at most 5" in str(one.rows[0][4])
    proposals = run_local(graph, prepare(get_query("gap-proposals"), {"issue": "id:issue/category/b"}), "g")
    assert proposals.rows and all("threshold: 0 named" in str(r[3]) for r in proposals.rows)


def test_describe_a_document_brings_its_proposals_stances_citations_and_mapping(graph):
    doc = "id:doc/revised-recommendations-submitted-in-preparation-for"
    described = run_local(graph, prepare(get_query("describe-entity"), {"entity": doc}), "d").graph
    assert described is not None
    texts = list(described.objects(None, WGEC.text))
    assert len(texts) >= 20 and any("intergovernmental" in str(t) for t in texts)
    assert any(described.triples((None, WGEC.supportsPosition, URIRef(ID + "position/new-un-mechanism"))))
    assert any(described.objects(None, WGEC.quote))
    cited = set(described.objects(None, WGEC.cites))
    assert cited and all(described.value(c, RDFS.label) for c in cited)
    rows = set(described.subjects(RDF.predicate, WGEC.mappedToOrganization))
    assert len(rows) >= 12 and all(described.value(r, RDFS.label) for r in rows)

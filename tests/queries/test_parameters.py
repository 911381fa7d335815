"""Parameter values become RDF terms or are refused by name, never pasted into a query."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from wgec.errors import QueryError
from wgec.queries.library import get_query, prepare, to_term

BAD_IRIS = [
    "id:gov/japan x",           # a space
    "id:gov/japan>",            # would close the IRI in the query text
    "id:gov/{japan}",           # braces
    "https://example.org/a\"b",  # a quote
    "https://example.org/a|b",
    "https://example.org/a`b",
    "https://example.org/a\\b",
    "id:gov/japan\n",           # a trailing newline (was accepted: re.match with $)
    "id:gov/ja\x01pan",         # a control character (was accepted: \s does not cover it)
    "id:gov/ja\x7fpan",
    "id:gov/japan\u00a0",       # a no-break space
    "japan",                    # no scheme
    "",
    "1http://example.org/",     # a scheme starts with a letter
    "é:x",
]
GOOD_IRIS = {
    "id:gov/japan": "https://w3id.org/wgec/id/gov/japan",
    "wgec:Government": "https://w3id.org/wgec/ontology#Government",
    "id:proposal/comments-to-the-chairman-s-initial-proposal/19.3":
        "https://w3id.org/wgec/id/proposal/comments-to-the-chairman-s-initial-proposal/19.3",
    "https://example.org/a?b=c&d=%20#e": "https://example.org/a?b=c&d=%20#e",
    "urn:isbn:0451450523": "urn:isbn:0451450523",
    "https://w3id.org/wgec/id/org/itu": "https://w3id.org/wgec/id/org/itu",
    "https://example.org/Genève": "https://example.org/Genève",
}


@pytest.mark.parametrize("value", BAD_IRIS, ids=[repr(v) for v in BAD_IRIS])
def test_bad_iri_parameter_is_refused_by_name(value: str) -> None:
    with pytest.raises(QueryError) as err:
        prepare(get_query("proposals-by-actor"), {"actor": value})
    assert str(err.value) == f"parameter 'actor': {value!r} is not an IRI"


@pytest.mark.parametrize("value", sorted(GOOD_IRIS))
def test_good_iri_parameter_is_bound_as_an_iri(value: str) -> None:
    assert to_term(value, "iri", "actor") == URIRef(GOOD_IRIS[value])
    text = prepare(get_query("proposals-by-actor"), {"actor": value})
    assert f"VALUES (?actor) {{ (<{GOOD_IRIS[value]}>) }}" in text


def test_bad_iri_in_a_query_text_parameter() -> None:
    with pytest.raises(QueryError, match=r"parameter 'x': 'http://a b' is not an IRI"):
        prepare("SELECT ?s WHERE { ?s ?p ?x }", {"x": "http://a b"})

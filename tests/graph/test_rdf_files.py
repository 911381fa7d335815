"""RDF files read by Oxigraph's parsers into rdflib graphs: the same graph rdflib's own parser reads,
strict where the standards are, and nothing fetched."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from wgec.errors import RDFSyntaxError
from wgec.graph.rdf_files import load_graph, read_triples

TTL = """@prefix ex: <http://example.org/> .
ex:a ex:says "plain", "en"@en, "3"^^<http://www.w3.org/2001/XMLSchema#integer> ; ex:knows [ ex:name "b" ] .
<rel> ex:p ex:a .
"""


def test_the_same_graph_as_rdflibs_parser(tmp_path):
    path = tmp_path / "a.ttl"
    path.write_text(TTL, encoding="utf-8")
    ours, theirs = load_graph(path), Graph().parse(path, format="turtle")
    assert len(ours) == len(theirs) == 6
    ex = "http://example.org/"
    assert {Literal("plain"), Literal("en", lang="en"), Literal("3", datatype=XSD.integer)} == \
        set(ours.objects(URIRef(ex + "a"), URIRef(ex + "says")))
    assert isinstance(ours.value(URIRef(ex + "a"), URIRef(ex + "knows")), BNode)
    assert (URIRef(path.resolve().parent.as_uri() + "/rel"), URIRef(ex + "p"), URIRef(ex + "a")) in ours  # base IRI
    assert set(ours.subjects()) - set(ours.subjects(URIRef(ex + "name"))) == set(theirs.subjects()) - set(
        theirs.subjects(URIRef(ex + "name")))


def test_trig_gives_the_triples_of_every_graph(tmp_path):
    path = tmp_path / "a.trig"
    path.write_text("<http://x/g1> { <http://x/a> <http://x/p> 1 . }\n<http://x/g2> { <http://x/b> <http://x/p> 2 . }\n"
                    "<http://x/c> <http://x/p> 3 .\n", encoding="utf-8")
    assert sorted(int(o) for o in load_graph(path).objects()) == [1, 2, 3]


@pytest.mark.parametrize(("name", "text", "said"), [
    ("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"open .\n", "line 2"),
    ("space.nt", "<http://x/a b> <http://x/p> <http://x/o> .\n", "not valid nt"),
    ("remote.jsonld", '{"@context": "http://127.0.0.1:9/ctx.jsonld", "@id": "http://x/a"}',
     "does not fetch"),
])
def test_bad_files_are_named_with_the_reason(tmp_path, name, text, said):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RDFSyntaxError) as caught:
        load_graph(path)
    assert str(caught.value).startswith(f"{path}: not valid") and said in str(caught.value)


def test_bytes_in_n_triples():
    (triple,) = read_triples(b'<http://x/a> <http://x/p> "b"^^<http://x/t> .\n', "nt")
    assert triple == (URIRef("http://x/a"), URIRef("http://x/p"), Literal("b", datatype=URIRef("http://x/t")))

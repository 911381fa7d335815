"""Views: content, escaping, nothing from a CDN, groups past the budget, analysis and the view commands.
Each page drawn in Chromium: test_views_drawn.py (bundled corpus), test_views_120.py (120 documents)."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from rdflib import URIRef
from tests.cli import wgec

from wgec.errors import InputError
from wgec.viz import networks
from wgec.viz.analysis import analyze, write_gexf, write_graphml
from wgec.viz.render import to_html
from wgec.viz.views import VIEWS, build_view, resolve_entity, write_views

STATIC = [v for v in VIEWS if v not in ("neighbourhood", "sparql")]
HOSTILE = "</script><img src=x onerror=alert(1)>"
ID = "https://w3id.org/wgec/id/"


def page_data(page_html: str, name: str) -> list | dict:
    m = re.search(rf"const {name} = (.*);\n", page_html)
    assert m, name
    return json.loads(m.group(1))


def no_remote_assets(page_html: str) -> bool:
    return not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page_html, re.I)


@pytest.fixture(scope="module")
def views(graph):
    nets = {name: build_view(name, graph) for name in STATIC}
    nets["neighbourhood"] = build_view("neighbourhood", graph, "UNESCO", 2)
    return nets


@pytest.mark.parametrize("name", STATIC + ["neighbourhood"])
def test_view_html_counts_and_assets(views, name):
    net = views[name]
    assert net.number_of_nodes() > 0
    page_html = to_html(net)
    nodes = page_data(page_html, "NODES")
    assert len([n for n in nodes if not n["bundle"]]) == net.number_of_nodes()
    assert len(page_data(page_html, "EDGES")) == net.number_of_edges()
    assert sum(1 for n in nodes if not n["hidden"]) <= 150
    assert no_remote_assets(page_html)
    assert "vis.Network" in page_html and "randomSeed" in page_html


def test_expected_content(views):
    mapping = views["mapping"]
    levels = [n for n, d in mapping.nodes(data=True) if d["cls"] == "IssueLevel"]
    assert len(levels) == 3 and mapping.number_of_edges() == 45
    positions = views["positions"]
    doria, new = ID + "person/avri-doria", ID + "position/new-un-mechanism"
    assert "opposes" in positions[doria][new]
    agreement = views["agreement"]
    assert "co-submitted" in agreement[ID + "gov/pakistan"][ID + "gov/saudi-arabia"]["label"]
    cites = views["citations"]
    assert cites.has_edge(ID + "provision/tunis-agenda/69", ID + "instrument/tunis-agenda")


def test_supports_and_opposes_never_share_an_edge(views):
    """Two stances of one actor on one question are two edges, in two styles."""
    page = page_data(to_html(views["positions"]), "EDGES")
    styles = {e["kind"]: (e["color"]["color"], bool(e["dashes"])) for e in page}
    assert styles["supports"] != styles["opposes"] and styles["opposes"][1] and not styles["supports"][1]
    assert all(e["kind"] in ("supports", "opposes") for e in page)
    pairs = [(e["from"], e["to"], e["kind"]) for e in page]
    assert len(pairs) == len(set(pairs))


def test_tooltips_speak_to_an_analyst(views):
    """Human labels and document titles: no raw metric, no hashed corpus file name."""
    for name, net in views.items():
        for n in page_data(to_html(net), "NODES"):
            assert not re.search(r"\b(betweenness|degree|centrality)\b\s*[:=]?\s*\d", n["title"]), (name, n["title"])
            assert not re.search(r"\b\d{3}_[0-9a-f]{16}\b", n["title"]), (name, n["title"])
    proposal = views["actors"].nodes[ID + "proposal/2016-contribution-to-the-guiding-questions-agreed/1.3"]
    assert proposal["label"] == "Proposal 1.3"
    assert "Contribution to the guiding questions" in proposal["title"] and "Russian Federation" in proposal["title"]
    assert "equal footing" in proposal["title"]


def test_large_views_fold_into_groups(views):
    """The bundled actors view (223 nodes) shows each document's proposals as one group."""
    nodes = page_data(to_html(views["actors"]), "NODES")
    shown = [n for n in nodes if not n["hidden"]]
    groups = [n for n in shown if n["bundle"]]
    assert len(shown) < 60 and len(groups) == 4  # the documents with proposals
    proposals = sum(1 for _, c in views["actors"].nodes(data="cls") if c == "Proposal")
    assert sum(int(re.search(r"(\d+) proposals?$", g["label"]).group(1)) for g in groups) == proposals
    member = next(n for n in nodes if n["path"] == [groups[0]["id"]])
    assert member["hidden"] and not member["bundle"]


def test_labels_are_escaped():
    net = nx.DiGraph(title=HOSTILE)
    net.add_node("a", label=HOSTILE, cls="Proposal", title=HOSTILE)
    net.add_node("b", label="b", cls="Organization", title="b")
    net.add_edge("a", "b", label=HOSTILE)
    page_html = to_html(net, how_to_read=HOSTILE)
    assert HOSTILE not in page_html and "<img src=x" not in page_html
    assert page_data(page_html, "NODES")[0]["label"] == HOSTILE  # still the same text, as data


def test_empty_view_says_so():
    page_html = to_html(nx.DiGraph(title="Nothing"))
    assert "Nothing to show" in page_html and page_data(page_html, "NODES") == []


def test_node_limit_samples_and_says_so():
    net = nx.barabasi_albert_graph(300, 2, seed=1)
    nx.set_node_attributes(net, {n: {"label": f"n{n}", "cls": "Proposal", "title": f"n{n}"} for n in net})
    page_html = to_html(net, max_nodes=100)
    nodes = page_data(page_html, "NODES")
    assert len([n for n in nodes if not n["bundle"]]) == 100 and "Showing the 100 best-linked of 300 nodes" in page_html
    assert sum(1 for n in nodes if not n["hidden"]) <= 60  # and past 60 drawn, in groups


def test_unknown_or_ambiguous_entity(graph):
    with pytest.raises(InputError, match="did you mean"):
        resolve_entity(graph, "Internatonal Telecommunication Union")
    assert str(resolve_entity(graph, "unesco")).endswith("/org/unesco")
    with pytest.raises(InputError, match="names 2 entities"):
        resolve_entity(graph, "Working Group on Enhanced Cooperation")


def test_analysis_and_gephi_exports(views, tmp_path):
    result = analyze(views["agreement"])
    assert max(result.degree, key=result.degree.get).rsplit("/", 1)[-1] in {"russian-federation", "avri-doria"}
    write_graphml(views["mapping"], tmp_path / "m.graphml")
    write_gexf(views["mapping"], tmp_path / "m.gexf")
    assert nx.read_graphml(tmp_path / "m.graphml").number_of_nodes() == views["mapping"].number_of_nodes()
    assert nx.read_gexf(tmp_path / "m.gexf").number_of_edges() == views["mapping"].number_of_edges()
    assert analyze(views["positions"]).communities  # a multigraph is analysed as a simple graph


def test_build_writes_views_and_index(graph, tmp_path):
    files = write_views(graph, tmp_path, ["wgec.ttl"])
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'views/{v}.html' in index for v in STATIC) and "wgec.ttl" in index
    assert len(files) == len(STATIC) + 1
    assert "<title>Issue → agency → forum matrix" in (tmp_path / "views" / "mapping.html").read_text()


def test_cli_views_and_analyze(tmp_path, built_out):
    r = wgec("analyze", "agreement", "--data", str(built_out / "wgec.ttl"), "--gexf", str(tmp_path / "a.gexf"))
    assert r.returncode == 0, r.stderr
    assert "Russian Federation" in r.stdout and "communities" in r.stdout and (tmp_path / "a.gexf").exists()
    r = wgec("view", "neighbourhood", "--focus", "Unesko", "--data", str(built_out / "wgec.ttl"))
    assert r.returncode == 2 and "did you mean" in r.stderr


def test_any_query_result_as_a_network(graph):
    from wgec.queries.library import get_query, prepare
    from wgec.viz.views import query_view

    select = query_view(graph, "PREFIX wgec: <https://w3id.org/wgec/ontology#> "
                        "SELECT ?level ?body WHERE { ?level wgec:mappedToOrganization ?body }", "mapping as rows")
    assert select.has_edge(ID + "issue/content-level", ID + "org/unesco")
    assert select.number_of_edges() == 16  # 2 + 2 + 12 agencies in the mapping table
    rows_with_literals = query_view(graph, prepare(get_query("agencies-per-issue-level"), {}), "rows")
    assert rows_with_literals.has_edge(ID + "issue/content-level", "literal:Content level")
    construct = query_view(graph, prepare(get_query("describe-entity"), {"entity": "id:org/un-desa"}), "UN DESA")
    assert ID + "org/un-desa" in construct and construct.number_of_edges() > 3
    with pytest.raises(InputError, match="ASK"):
        query_view(graph, "ASK { ?s ?p ?o }", "ask")
    assert networks.label_of(graph, URIRef(ID + "org/un-desa")).startswith("UN Department")

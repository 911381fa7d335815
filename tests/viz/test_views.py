"""Views: node and edge counts equal the network's, text escaped, nothing from a CDN, drawn in Chromium offline."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import networkx as nx
import pytest

from tests.browser import offline_page
from wgec.errors import InputError
from wgec.viz import networks
from wgec.viz.analysis import analyze, write_gexf, write_graphml
from wgec.viz.render import to_html
from wgec.viz.views import VIEWS, build_view, resolve_entity, write_views

STATIC = [v for v in VIEWS if v not in ("neighbourhood", "sparql")]
HOSTILE = "</script><img src=x onerror=alert(1)>"


def page_data(page_html: str, name: str) -> list:
    m = re.search(rf"const {name} = (.*);\n", page_html)
    return json.loads(m.group(1))


def no_remote_assets(page_html: str) -> bool:
    return not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page_html, re.I)


@pytest.fixture(scope="module")
def views(graph):
    nets = {name: build_view(name, graph) for name in STATIC}
    nets["neighbourhood"] = build_view("neighbourhood", graph, "id:org/itu", 2)
    return nets


@pytest.mark.parametrize("name", STATIC + ["neighbourhood"])
def test_view_html_counts_and_assets(views, name):
    net = views[name]
    assert net.number_of_nodes() > 0
    page_html = to_html(net)
    assert len(page_data(page_html, "NODES")) == net.number_of_nodes()
    assert len(page_data(page_html, "EDGES")) == net.number_of_edges()
    assert no_remote_assets(page_html)
    assert "vis.Network" in page_html and "randomSeed" in page_html


def test_expected_content(views):
    mapping = views["mapping"]
    levels = [n for n, d in mapping.nodes(data=True) if d["cls"] == "IssueLevel"]
    assert len(levels) == 3 and mapping.number_of_edges() == 45
    positions = views["positions"]
    assert positions.has_edge("https://w3id.org/wgec/id/person/avri-doria",
                              "https://w3id.org/wgec/id/position/new-un-mechanism")
    assert positions["https://w3id.org/wgec/id/person/avri-doria"][
        "https://w3id.org/wgec/id/position/new-un-mechanism"]["label"] == "opposes"
    agreement = views["agreement"]
    assert "co-submitted" in agreement["https://w3id.org/wgec/id/gov/pakistan"][
        "https://w3id.org/wgec/id/gov/saudi-arabia"]["label"]
    cites = views["citations"]
    assert cites.has_edge("https://w3id.org/wgec/id/provision/tunis-agenda/69",
                          "https://w3id.org/wgec/id/instrument/tunis-agenda")


def test_labels_are_escaped():
    net = nx.DiGraph(title=HOSTILE)
    net.add_node("a", label=HOSTILE, cls="Proposal", title=HOSTILE)
    net.add_node("b", label="b", cls="Organization", title="b")
    net.add_edge("a", "b", label=HOSTILE)
    page_html = to_html(net)
    assert HOSTILE not in page_html and "<img src=x" not in page_html
    assert page_data(page_html, "NODES")[0]["label"] == HOSTILE  # still the same text, as data


def test_empty_view_says_so():
    page_html = to_html(nx.DiGraph(title="Nothing"))
    assert "Nothing to show" in page_html and page_data(page_html, "NODES") == []


def test_node_limit_samples_and_says_so():
    net = nx.barabasi_albert_graph(300, 2, seed=1)
    nx.set_node_attributes(net, {n: {"label": f"n{n}", "cls": "Proposal", "title": f"n{n}"} for n in net})
    page_html = to_html(net, max_nodes=100)
    assert len(page_data(page_html, "NODES")) == 100 and "Showing the 100 best-linked of 300 nodes" in page_html


def test_unknown_entity_suggests(graph):
    with pytest.raises(InputError, match="did you mean"):
        resolve_entity(graph, "Internatonal Telecommunication Union")
    assert str(resolve_entity(graph, "UNESCO")).endswith("/org/unesco")


def test_analysis_and_gephi_exports(views, tmp_path):
    result = analyze(views["agreement"])
    assert max(result.degree, key=result.degree.get).rsplit("/", 1)[-1] in {"russian-federation", "avri-doria"}
    groups = [sorted(m.rsplit("/", 1)[-1] for m in c) for c in result.communities]
    assert ["brazil", "mexico", "sweden", "united-kingdom"] in groups
    write_graphml(views["mapping"], tmp_path / "m.graphml")
    write_gexf(views["mapping"], tmp_path / "m.gexf")
    assert nx.read_graphml(tmp_path / "m.graphml").number_of_nodes() == views["mapping"].number_of_nodes()
    assert nx.read_gexf(tmp_path / "m.gexf").number_of_edges() == views["mapping"].number_of_edges()


def test_build_writes_views_and_index(graph, tmp_path):
    files = write_views(graph, tmp_path, ["wgec.ttl"])
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'views/{v}.html' in index for v in STATIC) and "wgec.ttl" in index
    assert len(files) == len(STATIC) + 1


def test_cli_views_and_analyze(tmp_path, built):
    from wgec.graph.build import write_outputs
    write_outputs(built, tmp_path)
    r = subprocess.run([sys.executable, "-m", "wgec.cli", "analyze", "agreement", "--data", str(tmp_path / "wgec.ttl"),
                        "--gexf", str(tmp_path / "a.gexf")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Russian Federation" in r.stdout and "communities" in r.stdout and (tmp_path / "a.gexf").exists()
    r = subprocess.run([sys.executable, "-m", "wgec.cli", "view", "neighbourhood", "--focus", "Unesko",
                        "--data", str(tmp_path / "wgec.ttl")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "did you mean" in r.stderr


@pytest.mark.parametrize("name", STATIC + ["neighbourhood"])
def test_view_drawn_in_chromium_offline(views, name, tmp_path):
    path = tmp_path / f"{name}.html"
    path.write_text(to_html(views[name]), encoding="utf-8")
    with offline_page() as page:
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        drawn = page.evaluate("network.body.data.nodes.length")
        assert drawn == views[name].number_of_nodes()
        assert page.outside == [] and page.errors == []


def test_hostile_label_renders_as_text_in_chromium(tmp_path):
    net = nx.DiGraph(title=HOSTILE)
    net.add_node("a", label=HOSTILE, cls="Proposal", title=HOSTILE)
    path = tmp_path / "x.html"
    path.write_text(to_html(net), encoding="utf-8")
    with offline_page() as page:
        page.on("dialog", lambda d: page.errors.append("dialog opened: " + d.message))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        assert page.inner_text("h1") == HOSTILE
        assert page.locator("img").count() == 0
        assert page.errors == []


def test_five_thousand_nodes_settle_in_chromium(tmp_path):
    net = nx.barabasi_albert_graph(5000, 1, seed=3)
    nx.set_node_attributes(net, {n: {"label": f"node {n}", "cls": "Proposal" if n % 3 else "Government",
                                     "title": f"node {n}"} for n in net})
    path = tmp_path / "big.html"
    path.write_text(to_html(net), encoding="utf-8")
    with offline_page() as page:
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)  # the layout settled and stopped
        assert page.evaluate("network.body.data.nodes.length") == 5000
        assert page.evaluate("network.physics.options.enabled") is False
        page.fill("#search", "node 4999")
        assert page.inner_text("#found") == "1 found"
        assert page.errors == []


def test_any_query_result_as_a_network(graph):
    from wgec.queries.library import get_query, prepare
    from wgec.viz.views import query_view

    select = query_view(graph, "PREFIX wgec: <https://w3id.org/wgec/ontology#> "
                        "SELECT ?level ?body WHERE { ?level wgec:mappedToOrganization ?body }", "mapping as rows")
    assert select.has_edge("https://w3id.org/wgec/id/issue/content-level", "https://w3id.org/wgec/id/org/unesco")
    assert select.number_of_edges() == 16  # 2 + 2 + 12 agencies in the mapping table
    rows_with_literals = query_view(graph, prepare(get_query("agencies-per-issue-level"), {}), "rows")
    assert rows_with_literals.has_edge("https://w3id.org/wgec/id/issue/content-level", "literal:Content level")
    construct = query_view(graph, prepare(get_query("describe-entity"), {"entity": "id:org/un-desa"}), "UN DESA")
    assert "https://w3id.org/wgec/id/org/un-desa" in construct and construct.number_of_edges() > 3
    with pytest.raises(InputError, match="ASK"):
        query_view(graph, "ASK { ?s ?p ?o }", "ask")

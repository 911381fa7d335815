"""Each view of the bundled corpus drawn in Chromium offline: a legend, a how-to-read line, at most 150
legible nodes, groups that open on click, filters that narrow, hostile labels shown as text, and 5,000
nodes folded into communities. One browser per test process: views drawn in one page navigated anew
(tests/viz/conftest.py), the hostile and the 5,000-node pages each in a fresh context."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from tests.browser import offline_page
from tests.viz.conftest import assert_readable, draw, draw_steps
from tests.viz.test_views import HOSTILE, ID, STATIC, page_data

from wgec.viz.render import to_html
from wgec.viz.views import render_view


@pytest.mark.parametrize("name", STATIC + ["neighbourhood"])
def test_view_drawn_in_chromium_offline(tab, graph, name, tmp_path):
    path = tmp_path / f"{name}.html"
    page_html, _ = render_view(name, graph, "UNESCO" if name == "neighbourhood" else None, 2)
    path.write_text(page_html, encoding="utf-8")
    seen = draw(tab, path)
    assert_readable(seen, name)
    assert not seen["empty"] and seen["drawn"] >= 5
    if name == "timeline":
        assert seen["items"] >= 10
    if name == "mapping":
        assert seen["rows"] == 3


def test_groups_open_on_click_and_filters_narrow(tab, graph, tmp_path):
    path = tmp_path / "actors.html"
    path.write_text(render_view("actors", graph)[0], encoding="utf-8")
    nodes = page_data(path.read_text(), "NODES")
    group = next(n["id"] for n in nodes if n["bundle"] and "Contribution" in n["label"])
    members = sum(1 for n in nodes if group in n["path"])
    before, opened = draw_steps(tab, path, [f"window.wgecView.reveal(NODES.filter(n => "
                                                 f"n.path.includes({json.dumps(group)})).map(n => n.id))"])
    assert opened["drawn"] == before["drawn"] - 1 + members and opened["errors"] == []
    path = tmp_path / "positions.html"
    path.write_text(render_view("positions", graph)[0], encoding="utf-8")
    question = ID + "position/existing-mechanisms"
    every, one = draw_steps(tab, path, [f"(() => {{ const s = document.getElementById('filter'); "
                                             f"s.value = {json.dumps(question)}; "
                                             f"s.dispatchEvent(new Event('change')); }})()"])
    assert 1 < one["drawn"] < every["drawn"]


def test_hostile_label_renders_as_text_in_chromium(chromium, tmp_path):
    net = nx.DiGraph(title=HOSTILE)
    net.add_node("a", label=HOSTILE, cls="Proposal", title=HOSTILE)
    path = tmp_path / "x.html"
    path.write_text(to_html(net), encoding="utf-8")
    with offline_page(chromium) as page:
        page.on("dialog", lambda d: page.errors.append("dialog opened: " + d.message))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        assert page.inner_text("h1") == HOSTILE
        assert page.locator("img").count() == 0
        assert page.errors == []


def test_five_thousand_nodes_fold_into_communities_in_chromium(chromium, tmp_path):
    net = nx.barabasi_albert_graph(5000, 1, seed=3)
    nx.set_node_attributes(net, {n: {"label": f"node {n}", "cls": "Proposal" if n % 3 else "Government",
                                     "title": f"node {n}"} for n in net})
    path = tmp_path / "big.html"
    path.write_text(to_html(net), encoding="utf-8")
    with offline_page(chromium) as page:
        page.goto(path.as_uri(), timeout=120_000)
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)  # the layout settled and stopped
        assert 0 < page.evaluate("network.body.nodeIndices.length") <= 150
        assert page.evaluate("NODES.filter(n => !n.bundle).length") == 5000
        assert page.evaluate("network.physics.options.enabled") is False
        page.fill("#search", "node 4999")
        assert page.inner_text("#found") == "1 found"
        assert page.evaluate("network.getSelectedNodes()") == ["4999"]
        assert page.errors == []

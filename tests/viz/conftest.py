"""Views drawn in Chromium (offline) and the 120-document generated corpus they are also checked on."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph
from tests.browser import offline_page

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

MAX_DRAWN = 150
VIEWPORT = {"width": 1400, "height": 900}
SYNTH_SCALE = 120  # 120 documents (and 6 second renditions of some, merged into them)

#: What a page shows by default, read from vis and the page itself.
DRAWN = """() => {
  const n = window.network, ids = n.body.nodeIndices;
  const labels = ids.map(id => String(n.body.nodes[id].options.label || ""));
  const legible = ids.filter(id => { const lm = n.body.nodes[id].labelModule; return lm.visible(); }).length;
  const px = Math.min(...ids.map(id => n.body.nodes[id].labelModule.fontOptions.size * n.getScale()));
  return {drawn: ids.length, labels, legible, px: ids.length ? px : 0,
          legend: document.getElementById("legend").innerText.trim(),
          howto: document.getElementById("howto").innerText.trim(),
          empty: !document.getElementById("empty").hidden,
          items: document.querySelectorAll(".vis-timeline .vis-item").length,
          rows: document.querySelectorAll("#matrix tbody tr").length};
}"""


@pytest.fixture(scope="session")
def tab(chromium: Browser) -> Iterator[Page]:
    """One offline page (tests/browser.py) that each drawing navigates anew: a new document each time, far
    cheaper than a new browser context (no new renderer process). The views keep no storage."""
    with offline_page(chromium, VIEWPORT) as page:
        yield page


def draw_steps(page: Page, path: Path, actions: list[str]) -> list[dict]:
    """Open a view offline, wait until it settled, and say what it draws (errors and outside requests too):
    as it settled, then after each action in turn (the same document)."""
    page.goto("about:blank")  # whatever the last document still reported has arrived: forget it
    page.errors.clear()  # type: ignore[attr-defined]
    page.outside.clear()  # type: ignore[attr-defined]
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_selector("body[data-ready=true]", timeout=120_000)
    seen = []
    for js in [None, *actions]:
        if js is not None:
            page.evaluate(js)
        out = page.evaluate(DRAWN)
        out["errors"], out["outside"] = list(page.errors), list(page.outside)  # type: ignore[attr-defined]
        seen.append(out)
    return seen


def draw(page: Page, path: Path) -> dict:
    """What a view draws once it settled (see draw_steps)."""
    return draw_steps(page, path, [])[0]


def assert_readable(seen: dict, name: str) -> None:
    """No errors, nothing fetched, a legend and a how-to-read line, 1 to 150 nodes with legible labels."""
    assert seen["errors"] == [] and seen["outside"] == [], (name, seen["errors"], seen["outside"])
    assert seen["legend"] and seen["howto"].startswith("How to read:"), name
    if seen["empty"]:
        return
    assert 0 < seen["drawn"] <= MAX_DRAWN, (name, seen["drawn"])
    assert all(label.strip() for label in seen["labels"]), name
    assert seen["legible"] == seen["drawn"] and seen["px"] >= 10, (name, seen["legible"], seen["px"])


@pytest.fixture(scope="session")
def synth_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The 120-document generated corpus, built once (no validation: only the views are under test)."""
    from wgec.bench.synth import generate
    from wgec.graph.build import build

    corpus = tmp_path_factory.mktemp("synth120")
    generate(corpus, SYNTH_SCALE)
    result = build([corpus], run_validation=False)
    return result.graph

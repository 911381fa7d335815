"""Each view of the 120-document generated corpus drawn in Chromium offline: readable (a legend, a
how-to-read line, at most 150 legible nodes) and, for the views it has data for, not empty."""
from __future__ import annotations

import pytest
from tests.viz.conftest import assert_readable, draw
from tests.viz.test_views import STATIC

from wgec.viz.views import render_view


@pytest.mark.parametrize("name", STATIC)
def test_views_of_the_120_document_corpus(tab, synth_graph, name, tmp_path):
    path = tmp_path / f"{name}.html"
    path.write_text(render_view(name, synth_graph)[0], encoding="utf-8")
    seen = draw(tab, path)
    assert_readable(seen, name)
    if name in ("actors", "citations", "mapping", "timeline", "agreement"):
        assert not seen["empty"] and seen["drawn"] >= 5

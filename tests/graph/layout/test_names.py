"""Personal names in the front matter (layout/names.py)."""
from __future__ import annotations

from wgec.graph.layout.names import NAME_LINE, author_over_affiliation


def test_a_name_over_an_affiliation_is_a_short_line_over_another():
    found = author_over_affiliation("**Jane Roe**", 0, "Faculty of Law, University of X")
    assert found is not None and (found.name, found.kind) == ("Jane Roe", "Person")
    # a table row of thousands of cells is no name: refused before any cleaning (it was quadratic)
    assert author_over_affiliation("Jane Roe " * (NAME_LINE // 9 + 1), 0, "University of X") is None
    assert author_over_affiliation("Jane Roe", 0, "University of X " * NAME_LINE) is None

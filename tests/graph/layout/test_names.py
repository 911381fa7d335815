"""Personal names in the front matter (layout/names.py)."""
from __future__ import annotations

from wgec.graph.layout.names import NAME_LINE, author_over_affiliation, looks_like_person


def test_a_name_over_an_affiliation_is_a_short_line_over_another():
    found = author_over_affiliation("**Jane Roe**", 0, "Faculty of Law, University of X")
    assert found is not None and (found.name, found.kind) == ("Jane Roe", "Person")
    # a table row of thousands of cells is no name: refused before any cleaning (it was quadratic)
    assert author_over_affiliation("Jane Roe " * (NAME_LINE // 9 + 1), 0, "University of X") is None
    assert author_over_affiliation("Jane Roe", 0, "University of X " * NAME_LINE) is None


def test_a_state_s_style_is_no_person_s_name():
    """'República de Colombia' is two capitalised words around a particle, as 'Luis de Souza' is: a state's style
    ('Republic', 'Kingdom', ...) is never a first name."""
    assert not looks_like_person("República de Colombia") and not looks_like_person("Kingdom of Bahrain")
    assert looks_like_person("David Luna Sánchez") and looks_like_person("Kamal bin Ahmed Mohammed")

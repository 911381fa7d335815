"""States named as the record writes them (:func:`wgec.graph.link.actors.state_named`), and stakeholders under
their several names (the gazetteer)."""
from __future__ import annotations

import pytest

from wgec.graph.link.actors import state_named
from wgec.graph.link.gazetteer import load_gazetteer


@pytest.mark.parametrize(("name", "state"), [("République du Sénégal", "SEN"), ("Sénégal", "SEN"),
                                             ("Cote d'Ivoire", "CIV"), ("República del Perú", "PER")])
def test_a_state_named_with_or_without_its_accents(name, state):
    found = state_named(name)
    assert found is not None and found[1] == state


@pytest.mark.parametrize("name", ["Arab Group", "Group of Arab States", "African Group", "GRULAC", "WEOG"])
def test_the_un_groups_of_states_are_groups(name):
    from wgec.graph.link.gazetteer import load_gazetteer

    entity = load_gazetteer().lookup(name)
    assert entity is not None and entity.type == "Group"


@pytest.mark.parametrize(("written", "code"), [
    ("Iran (Islamic Republic of)", "IRN"), ("Venezuela (Bolivarian Republic of)", "VEN"), ("Turkey", "TUR"),
    ("Türkiye", "TUR"), ("U.S. Government", "USA"), ("U.S.", "USA"), ("Great Britain", "GBR"),
    ("the former Yugoslav Republic of Macedonia", "MKD")])
def test_a_state_as_the_un_wrote_it_then(written, code):
    assert state_named(written)[1] == code


@pytest.mark.parametrize(("written", "slug"), [
    ("ISOC", "org/isoc"), ("the Internet Society", "org/isoc"), ("APC", "org/apc"),
    ("Association for Progressive Communications", "org/apc"), ("ICC-BASIS", "org/icc-basis")])
def test_a_stakeholder_under_its_names_is_one_actor(written, slug):
    assert load_gazetteer().lookup(written, 2016).slug == slug

"""States named as French or Spanish write them (:func:`wgec.graph.link.actors.state_named`)."""
from __future__ import annotations

import pytest

from wgec.graph.link.actors import state_named


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

"""Stances on a draft's items in comments on the draft, in the built graph: the commenter's version
of an item they reworded holds the stances of their wording (rules and curated rows alike); the
draft's own options "for further consideration" are recorded as options, not asserted."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node
from tests.conftest import FIXTURES

from wgec.graph.build import BuildResult, build
from wgec.ontology.vocab import ID, WGEC

FIXTURE = FIXTURES / "drafts" / "comments-on-draft.txt"
SLUG = "comments-to-the-chair-s-draft-recommendations"
ITEM = f"proposal/{SLUG}/"
NEW = ID["position/new-un-mechanism"]
INDIA = ID["gov/india"]
ANNOTATIONS = f"""document,subject,predicate,object,quote,note,holder
{SLUG},,wgec:supportsPosition,position/new-un-mechanism,Establishment of a new intergovernmental body,\
The struck words were deleted: the body is no longer placed in the IGF.,
{SLUG},,wgec:supportsPosition,position/new-un-mechanism,Creation of a permanent and open working group under the CSTD,,
"""


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    folder = tmp_path_factory.mktemp("ann")
    (folder / "curated.csv").write_text(ANNOTATIONS, encoding="utf-8")
    (folder / "none.csv").write_text("", encoding="utf-8")
    return {name: build([FIXTURE], annotations=folder / f"{name}.csv") for name in ("curated", "none")}


def supporters(g: Graph, position: URIRef) -> set[Node]:
    return {a for p in g.subjects(WGEC.supportsPosition, position) for a in g.objects(p, WGEC.submittedBy)}


@pytest.mark.parametrize("name", ["curated", "none"])
def test_only_the_amender_supports_a_new_body(builds: dict[str, BuildResult], name: str) -> None:
    result = builds[name]
    assert result.report is not None and result.report.conforms, result.report.text if result.report else ""
    g = result.graph
    version, item = ID[ITEM + "2.2-amended"], ID[ITEM + "2.2"]
    assert supporters(g, NEW) == {INDIA}
    assert (version, WGEC.supportsPosition, NEW) in g and (version, WGEC.amends, item) in g
    assert str(g.value(version, WGEC.text)) == "Establishment of a new intergovernmental body."
    chair = g.value(item, WGEC.submittedBy)
    assert chair is not None and chair != INDIA and (version, WGEC.submittedBy, INDIA) in g
    for key in ("2.1", "2.2"):  # the draft's options: recorded as options, the Chair's, not asserted
        statements = [st for st in g.subjects(RDF.subject, ID[ITEM + key]) if g.value(st, RDF.object) == NEW]
        assert statements and all((st, WGEC.asOption, Literal(True)) in g for st in statements)
        assert (ID[ITEM + key], WGEC.supportsPosition, NEW) not in g


def test_curated_rows_follow_the_wording_they_quote(builds: dict[str, BuildResult]) -> None:
    g = builds["curated"].graph
    curated = {str(g.value(st, WGEC.quote)): st for st in g.subjects(RDF.type, WGEC.AnnotationStatement)}
    amended = curated["Establishment of a new intergovernmental body"]
    assert g.value(amended, RDF.subject) == ID[ITEM + "2.2-amended"]  # the commenter's wording: theirs
    assert (amended, WGEC.asOption, None) not in g
    option = curated["Creation of a permanent and open working group under the CSTD"]
    assert g.value(option, RDF.subject) == ID[ITEM + "2.1"]  # reproduced unchanged: the draft's, an option
    assert (option, WGEC.asOption, Literal(True)) in g
    superseded = {g.value(st, RDF.subject) for st, _ in g.subject_objects(WGEC.supersededBy)}
    assert superseded == {ID[ITEM + "2.1"], ID[ITEM + "2.2-amended"]}  # the curated rows win where they speak


def test_the_draft_s_own_recommendation_stays_its_author_s(builds: dict[str, BuildResult]) -> None:
    g = builds["none"].graph
    item = ID[ITEM + "1"]
    assert (item, WGEC.supportsPosition, ID["position/multistakeholder-participation"]) in g
    assert (item, WGEC.submittedBy, INDIA) not in g
    assert not [p for p in g.subjects(WGEC.submittedBy, INDIA) if (p, WGEC.amends, None) not in g
                and (p, RDF.type, WGEC.Proposal) in g]  # India wrote no item of its own


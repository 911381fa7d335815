"""Who holds a stance on a draft's item in comments on the draft: the draft author in the draft's
wording (an option put "for further consideration" recorded, not asserted), the amender in wording
they changed, never the commenter for wording they only reproduce."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES

from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.drafts import Found, Holding, read_document
from wgec.graph.link.stances import load_lexicon

LEXICON = load_lexicon()
DRAFT = FIXTURES / "drafts" / "comments-on-draft.txt"


def parsed(path: Path) -> ParsedDocument:
    return parse_document(read_source(path))


def _by_item(found: list[Found]) -> dict[tuple[str, str, bool], Found]:
    return {(f.item.key, f.finding.position, f.amended): f for f in found}


def test_the_draft_author_holds_the_draft_wording_and_its_options_are_not_asserted() -> None:
    doc = parsed(DRAFT)
    assert doc.draft_of is not None
    found = _by_item(read_document(doc, LEXICON).found)
    own = found[("1", "multistakeholder-participation", False)].finding
    assert own.asserted and not own.option  # the draft's recommendation: its author's own
    for key in ("2.1", "2.2"):  # the draft's options "for further consideration": recorded, not asserted
        option = found[(key, "new-un-mechanism", False)].finding
        assert option.option and not option.asserted and "option" in option.cues


def test_the_amender_holds_only_the_wording_they_changed() -> None:
    doc = parsed(DRAFT)
    text = doc.source.text
    found = read_document(doc, LEXICON).found
    amended = [f for f in found if f.amended]
    assert {(f.item.key, f.finding.position) for f in amended} == {("2.2", "new-un-mechanism"),
                                                                    ("2.2", "government-led-policy")}
    new = next(f.finding for f in amended if f.finding.position == "new-un-mechanism")
    assert new.asserted and not new.option  # the amender chose this wording: not the draft's option
    assert text[new.start:new.end].startswith("Establishment of a new intergovernmental body ~~")
    draft = next(f.finding for f in found if f.item.key == "2.2" and not f.amended
                 and f.finding.position == "new-un-mechanism")
    assert text[draft.start:draft.end].endswith("~~in the Internet Governance Forum~~.")  # the struck words too


def test_holding_of_a_quoted_passage() -> None:
    doc = parsed(DRAFT)
    reading = read_document(doc, LEXICON)
    text = doc.source.text

    def at(quote: str) -> Holding | None:
        start = text.index(quote)
        return reading.holding(start, start + len(quote))

    amended = at("Establishment of a new intergovernmental body")
    assert amended is not None and amended.amended and not amended.frame.option
    unchanged = at("Creation of a permanent and open working group under the CSTD")
    assert unchanged is not None and not unchanged.amended and unchanged.frame.option
    recommendation = at("involve all stakeholders")
    assert recommendation is not None and not recommendation.amended and not recommendation.frame.option
    assert at("Working Group on Enhanced Cooperation") is None  # not in a draft's item


def test_a_move_changes_no_wording() -> None:
    """amendments.txt item 3 moves a phrase within its list: the item reads as the draft's."""
    doc = parsed(FIXTURES / "layouts" / "amendments.txt")
    reading = read_document(doc, LEXICON)
    (item3,) = [d for d in reading.drafts if d.item.key == "3"]
    assert item3.changed == () and item3.draft == item3.amended
    changed = {d.item.key for d in reading.drafts if d.changed}
    assert changed == {"1", "2", "4", "5"}


def test_a_document_that_comments_on_no_draft_is_read_as_before() -> None:
    doc = parsed(FIXTURES / "layouts" / "numbered-rparen.txt")
    reading = read_document(doc, LEXICON)
    assert reading.drafts == [] and not any(f.amended for f in reading.found)

"""Comments on a Chair's draft: the reproduced draft is the Chair's, the inserted paragraphs and
the amendments are the commenter's."""
from __future__ import annotations

from tests.conftest import FIXTURES, doc_file

from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document


def test_001_draft_items_are_the_chairs():
    doc = parse_document(read_source(doc_file("001")))
    items = {i.key: i for i in doc.all_items()}
    chair = [k for k, i in items.items() if i.author == "draft"]
    russia = [k for k, i in items.items() if i.author == "submitter"]
    assert len(items) == 41 and len(chair) == 29 and len(russia) == 12
    assert all(k.startswith(("2-bis", "2-tres")) for k in russia)


def test_comments_in_several_conventions():
    doc = parse_document(read_source(FIXTURES / "layouts" / "amendments.txt"))
    items = {i.key: i for i in doc.all_items()}
    assert items["5-bis"].author == "submitter" and items["1"].author == "draft"
    assert items["2"].text.endswith("be held every year by the General Assembly.")
    assert items["2"].amended is not None and items["2"].amended.endswith("every two years by the General Assembly.")


def test_comments_without_amendments_are_the_commenters():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "comments-on-draft.txt"))
    assert doc.kind == "comments" and {i.author for i in doc.all_items()} == {"submitter"}

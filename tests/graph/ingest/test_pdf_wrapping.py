"""A narrow PDF page wraps titles, delivery lines and sentences where the text did not: the same facts
still come out (the unseen documents' analyst facts, tests/fixtures/unseen/)."""
from __future__ import annotations

import pytest
from tests.graph.ingest.render import to_pdf
from tests.graph.layout.test_unseen import UNSEEN, _missed

from wgec.graph.ingest.formats import extract

# a title broken inside its date ('... of 11' / 'November 2017'), a statement's 'on behalf of the Group' /
# 'of 77 and China', a by-line-like 'by the CSTD ...' carrying on a sentence, an e-mail's 'On behalf of the
# Ministry ... of Ghana,' / 'please find', the working group's name over two lines (no letterhead), a UN
# letterhead 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR' / 'DEVELOPMENT', a meeting's title over two lines
NARROW = ["word-tab-numbering.txt", "g77-operative-paragraphs.txt", "tunisia-repeated-questions.txt",
          "company-bold-leads.txt", "email-quoted-reply.txt", "secretariat-call-crp.txt",
          "meeting-participants-summary.txt"]
pytestmark = pytest.mark.filterwarnings("ignore:Dimensions for page format:UserWarning")  # fpdf2 2.8.5 fixed A5


@pytest.mark.parametrize("name", NARROW)
def test_the_same_facts_from_a_narrow_pdf(tmp_path, name):
    pdf = to_pdf((UNSEEN / name).read_text(encoding="utf-8"), tmp_path / f"{name[:-4]}.pdf", page="A5")
    assert _missed(pdf, name[:-4]) == []


def test_the_narrow_page_wraps_what_the_text_kept_on_one_line(tmp_path):
    pdf = to_pdf((UNSEEN / "word-tab-numbering.txt").read_text(encoding="utf-8"), tmp_path / "m.pdf", page="A5")
    assert "recommendations of 11\nNovember 2017" in extract(pdf).text  # the case above is a real one

"""A document's kind from its title, in the words WGEC-era documents use for each kind."""
from __future__ import annotations

import pytest

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

TITLES = [
    ("Contribution of Japan to the Working Group on Enhanced Cooperation", "submission"),
    ("Submission by the Internet Society to the WGEC", "submission"),
    ("Input from APC to the Working Group on Enhanced Cooperation", "submission"),
    ("Response of Japan to the questionnaire on enhanced cooperation", "questionnaire-response"),
    ("Answers of the Internet Society to the WGEC guiding questions", "questionnaire-response"),
    ("Replies to the questionnaire: Kenya", "questionnaire-response"),
    ("Chair's draft recommendations", "chair-draft"),
    ("Draft recommendations prepared by the Chair", "chair-draft"),
    ("Chair's revised draft of 11 January 2018", "chair-draft"),
    ("Comments of Japan on the Chair's draft recommendations", "comments"),
    ("Comments on the Chairman's initial proposal of 11 November 2017", "comments"),
    ("Japan's remarks on the revised draft", "comments"),
    ("Call for contributions: Working Group on Enhanced Cooperation", "notice"),
    ("Notice of the second meeting of the Working Group on Enhanced Cooperation", "notice"),
    ("Invitation to submit inputs to the WGEC", "notice"),
    ("Enhanced cooperation revisited: a commentary", "commentary"),
    ("Policy brief: enhanced cooperation after Tunis", "commentary"),
    ("Report of the Working Group on Enhanced Cooperation on its third meeting", "report"),
    ("Summary of the second meeting of the WGEC", "report"),
    ("Chair's summary of the fourth meeting", "report"),
    ("Statement by Japan at the second meeting of the WGEC", "statement"),
    ("Opening remarks by the Chair", "statement"),
    ("Intervention of Brazil on agenda item 3", "statement"),
]


@pytest.mark.parametrize(("title", "kind"), TITLES)
def test_the_title_says_the_kind(title, kind):
    text = f"{title}\n\n30 November 2016\n\n1. The WGEC should recommend that the IGF be strengthened.\n"
    assert parse_document(SourceFile.from_text("x.txt", text)).kind == kind

"""Text saved from a PDF, pages split by form feeds: page numbers and the running title go, a
paragraph flowing over a page break is joined; "Recommendation 1" alone on its line heads its text."""
from __future__ import annotations

from pathlib import Path

from wgec.graph.ingest.formats import extract
from wgec.graph.ingest.paged import read_paged_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

PAGES = ["Views of the Foo Commission\n\n1. Background\n\nThe Commission welcomes the Working Group.\n",
         "Recommendation 1\nThe CSTD should map the existing mechanisms,\n",
         "including those of regional organizations.\n\nRecommendation 2\nThe WGEC should report yearly.\n"]


def test_page_furniture_goes_and_a_paragraph_flows_on(tmp_path):
    pages = [(f"Foo contribution to the WGEC\n\n{p}" if i else p) + f"\nPage {i + 1} of 3\n"
             for i, p in enumerate(PAGES)]
    path = tmp_path / "foo.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    extracted = extract(path)
    assert "Page 2 of 3" not in extracted.text and "Foo contribution" not in extracted.text
    assert "mechanisms,\nincluding" in extracted.text and len(extracted.page_starts) == 3
    doc = parse_document(SourceFile.from_text("foo.txt", extracted.text))
    assert [(i.number, i.text) for i in doc.all_items()] == [
        ("1", "The CSTD should map the existing mechanisms, including those of regional organizations."),
        ("2", "The WGEC should report yearly.")]


def test_a_text_without_form_feeds_is_read_as_written(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Title\n\nPage 1 of 1\n", encoding="utf-8")
    assert extract(path).text == "Title\n\nPage 1 of 1\n" and extract(path).page_starts == ()


def test_a_recommendation_label_over_its_text_in_a_text_file():
    doc = parse_document(SourceFile.from_text("x.txt", "Submission of Foo\n\nRecommendations\n\nRecommendation 1\n"
                                                       "The CSTD should map the issues.\n"))
    assert [(i.number, i.section, i.text) for i in doc.all_items()] == [
        ("1", "Recommendation 1", "The CSTD should map the issues.")]


def test_slides_saved_from_a_pdf_lose_their_footer_and_keep_each_slide_s_title():
    """A slide deck's text: a footer with the page number set apart at its end on every page is furniture, and
    a slide's title alone at the top of its page does not run on from the last bullet of the page before."""
    pages = [f"{title}\n\n• {bullet}\n\n\nWGEC, third meeting, Geneva, 4 May 2017            {n}\n"
             for n, (title, bullet) in enumerate([("Outline", "The OECD and the Internet economy"),
                                                  ("Principles", "Promote the free flow of information across borders"),
                                                  ("Suggestions", "Take stock of how organisations engage")], 1)]
    text = read_paged_text(Path("x.txt"), "\f".join(pages).encode()).text
    assert "WGEC, third meeting" not in text
    assert text.split("\n") == ["Outline", "", "• The OECD and the Internet economy", "", "Principles", "",
                                "• Promote the free flow of information across borders", "", "Suggestions", "",
                                "• Take stock of how organisations engage", ""]


def test_a_pdf_s_text_pasted_without_form_feeds_is_paged_by_its_page_numbers(tmp_path):
    """"- 2 -" and "- 3 -" counting up mark the pages: the running header under each number (a blank between)
    goes, and the paragraph a page broke flows on."""
    header = "WGEC questionnaire - Response of Switzerland                          30.01.2017"
    text = (f"Response of Switzerland\n\nAd 1:\nEach issue is addressed in more than one organisation, which is why "
            f"coordination between\n- 2 -\n\n{header}\n\norganisations is needed.\n\nAd 2:\nMore support.\n- 3 -\n\n"
            f"{header}\n\nSwitzerland remains committed.\n")
    path = tmp_path / "swiss.txt"
    path.write_text(text, encoding="utf-8")
    extracted = extract(path)
    assert header not in extracted.text and "- 2 -" not in extracted.text
    assert "coordination between\norganisations is needed." in extracted.text

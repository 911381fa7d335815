"""A blog post saved as a web page: its readers' comments (an element whose id or class names comments, as
WordPress writes ``<section id="comments" class="comments-area">``) are not the post's words."""
from __future__ import annotations

from pathlib import Path

from wgec.graph.ingest.html import read_html

PAGE = ("<html><body><article><h1>Enhanced cooperation needs a map</h1>"
        "<p>The CSTD should keep a map of the organisations.</p>"
        "<div class='entry-footer'>Filed under WGEC</div></article>"
        "<section id='comments' class='comments-area'><h2>2 thoughts on this post</h2>"
        "<div class='comment'><div><p>I think the WGEC should also fund fellowships.</p></div></div>"
        "</section><p>Back to the blog</p></body></html>")


def test_a_blog_s_comments_are_not_the_post():
    text = read_html(Path("post.html"), PAGE.encode()).text
    assert "The CSTD should keep a map" in text and "Filed under WGEC" in text and "Back to the blog" in text
    assert "thoughts" not in text and "fund fellowships" not in text


CMS = ("<html><body><div id='skip-link'><a href='#main'>Skip to main content</a></div>"
       "<div id='header'><div class='gov-name'>Ministry of Electronics</div><ul class='menu nav'><li>Home</li></ul>"
       "</div><div class='breadcrumb'>Home &raquo; WGEC</div><div id='main'><h1>India's submission to the WGEC</h1>"
       "<div class='entry-header'>Published 5 December 2016</div><p>The WGEC should act.</p></div>"
       "<aside><h2>Related</h2><ul><li>Another page</li></ul></aside><div id='footer'>© Government of India</div>"
       "</body></html>")


def test_a_cms_page_s_header_menus_breadcrumb_sidebar_and_footer_are_not_the_document():
    text = read_html(Path("page.html"), CMS.encode()).text
    assert text.lstrip().startswith("# India's submission") and "Published 5 December 2016" in text
    assert not any(w in text for w in ("Skip to", "Ministry of Electronics", "Home", "Related", "Another", "©"))


def test_a_definition_list_s_term_leads_its_definition_on_one_line():
    page = ("<html><body><h1>Five recommendations</h1><p>Contribution to the WGEC · Montevideo, 30.01.2017</p>"
            "<p>The Centre for Internet Rights in Latin America (CIRLA) is a regional network of organisations.</p>"
            "<h2>Recommendations</h2><dl><dt>1. Open processes</dt><dd>Organisations should publish their drafts."
            "</dd><dt>2. Funding</dt><dd>A voluntary fund should be set up.</dd></dl></body></html>")
    path = Path("cirla.html")
    text = read_html(path, page.encode()).text
    assert "1. Open processes – Organisations should publish their drafts." in text
    from wgec.graph.ingest.source import SourceFile
    from wgec.graph.layout.document import parse_document
    doc = parse_document(SourceFile.from_text("cirla.md", text))
    assert [i.text for i in doc.all_items()] == ["Organisations should publish their drafts.",
                                                 "A voluntary fund should be set up."]
    assert [a.name for a in doc.submitters] == ["Centre for Internet Rights in Latin America (CIRLA)"]
    assert str(doc.date) == "2017-01-30"

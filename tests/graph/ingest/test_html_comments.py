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

"""A ``<b>`` or ``<strong>`` that opens a line is a label or a lead-in: written ``**bold**``, as the text,
Word and PDF readers give it; bold inside a sentence is left plain."""
from __future__ import annotations

import html
import re
from pathlib import Path

from tests.graph.layout.test_unseen import UNSEEN, _missed

from wgec.graph.ingest.html import read_html

BOLD_RE = re.compile(r"[*][*](.+?)[*][*]")


def _page(text: str) -> str:
    """The text as a web page: a <p> a block, <br> between its lines, <b> for its bold."""
    blocks = [html.escape(b).replace("\n", "<br>\n") for b in re.split(r"\n\s*\n", text.strip())]
    body = "\n".join("<p>" + BOLD_RE.sub(r"<b>\1</b>", b) + "</p>" for b in blocks)
    return f"<html><body>{body}</body></html>"


def _text(page: str) -> str:
    return read_html(Path("page.html"), page.encode()).text


def test_bold_lead_ins_of_a_web_page_are_labels(tmp_path):
    page = tmp_path / "microsoft.html"
    page.write_text(_page((UNSEEN / "company-bold-leads.txt").read_text(encoding="utf-8")), encoding="utf-8")
    assert "**Strengthen the IGF.** The WGEC should" in _text(page.read_text(encoding="utf-8"))
    assert _missed(page, "company-bold-leads") == []


def test_only_bold_that_opens_a_line_is_marked():
    assert _text("<p><b> Keep the IGF. </b>It <strong>must</strong> stay.</p><h2><b>Views</b></h2>") == \
        "**Keep the IGF.** It must stay.\n\n## Views\n"
    assert _text("<li><strong>Lead:</strong> text</li><p><b></b>Plain</p>") == "- **Lead:** text\n\nPlain\n"
    assert _text("<p><b>Title<br>more</b> tail</p><p><b>Left open") == "**Title**\nmore tail\n\n**Left open**\n"

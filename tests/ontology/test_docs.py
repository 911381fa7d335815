"""The ontology's documentation page: complete, escaped, offline, and shipped up to date."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from rdflib.namespace import OWL, RDF, RDFS

from wgec.ontology import load_ontology
from wgec.ontology.docs import ontology_html
from wgec.ontology.vocab import WGEC

SHIPPED = Path(__file__).parent.parent.parent / "docs" / "ontology" / "index.html"


class _Loads(HTMLParser):
    """Every resource the page would fetch (scripts, styles, images, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe") and a.get("src") or tag == "link" and a.get("rel") != "canonical":
            self.fetched.append(f"{tag} {a}")


def test_page_lists_every_class_and_property_with_its_facts():
    page, onto = ontology_html(), load_ontology()
    ns = str(WGEC._NS)
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in onto.subjects(RDF.type, kind):
            if str(term).startswith(ns):
                name = str(term)[len(ns):]
                assert f'id="{name}"' in page and str(onto.value(term, RDFS.label)) in page, name
    actor = page[page.index('id="Actor"'):page.index('id="AliasResolution"')]
    assert "prov:Agent" in actor and "foaf:Agent" in actor and "wgec:Government" in actor  # super, sub
    submitted = page[page.index('id="submittedBy"'):]
    submitted = submitted[:submitted.index("</section>")]
    assert "prov:wasAttributedTo" in submitted and "dcterms:creator" in submitted and "wgec:Actor" in submitted
    assert "rdf:langString" in page and "time:unitMonth" in page  # ranges, reused individuals
    assert 'id="reused"' in page and "http://xmlns.com/foaf/0.1/" in page  # alignments, with their source
    proposal = page[page.index('id="Proposal"'):]
    assert "SHACL constraints" in proposal[:proposal.index("</section>")]


def test_page_is_offline_and_escaped():
    page = ontology_html()
    parser = _Loads()
    parser.feed(page)
    assert parser.fetched == []
    assert not re.search(r"<(?!/?(?:html|head|meta|title|style|body|h[1-3]|p|nav|ul|li|a|section|div|dl|dt|dd|code|"
                         r"em|br|table|tr|th|td|footer)\b)[a-z]", page, re.I)
    assert "Chairman's" not in page or "&#x27;" in page  # quotes in text are escaped


def test_shipped_copy_is_up_to_date():
    """Regenerate with: wgec docs -o docs/ontology/index.html"""
    assert SHIPPED.read_text(encoding="utf-8") == ontology_html()

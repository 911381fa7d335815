"""Entity pages, the /id/ index, search, /views/ and the YASGUI page (in Chromium, offline)."""
from __future__ import annotations

import urllib.parse
import urllib.request
from typing import TYPE_CHECKING

from tests.browser import offline_page
from tests.queries.serve.test_protocol import fetch, post, rows

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def page(url: str) -> tuple[int, str, dict[str, str]]:
    status, headers, body = fetch(url)
    return status, body.decode("utf-8"), headers


def test_entity_page_facts_quotes_and_views(server: str) -> None:
    status, html, headers = page(f"{server}/id/org/itu")
    assert status == 200 and "<h1>International Telecommunication Union (ITU)</h1>" in html
    assert "script-src 'self'" in headers["content-security-policy"]
    assert 'href="/views/actors.html"' in html and 'action="/search"' in html
    status, html, _ = page(f"{server}/id/org/un-desa")
    assert "UN Department of Economic and Social Affairs" in html and "UNDECA" in html
    query = "SELECT ?p WHERE { ?p <https://w3id.org/wgec/ontology#evidence> ?span } LIMIT 1"
    proposal = rows(post(server, query)[2])[0]["p"]["value"]
    status, html, _ = page(server + "/id/" + proposal.removeprefix("https://w3id.org/wgec/id/"))
    assert status == 200 and "<blockquote><p>" in html and ", line " in html  # the quoted passage and where


def test_entity_page_escapes_text_from_the_graph(server: str) -> None:
    status, html, _ = page(f"{server}/id/test/evil")
    assert status == 200 and "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in html


def test_entity_as_turtle_and_missing_entity(server: str) -> None:
    req = urllib.request.Request(f"{server}/id/org/un-desa", headers={"Accept": "text/turtle"})
    status, headers, body = fetch(req)
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert b"Q2671637" in body
    status, html, _ = page(f"{server}/id/org/no-such-thing")
    assert status == 404 and "nothing is said about" in html


def test_index_by_kind(server: str) -> None:
    status, html, _ = page(f"{server}/id/")
    assert status == 200
    for title in ("Documents", "Actors", "Issues", "Agencies and organisations", "Forums"):
        assert f">{title} <" in html
    assert 'href="/id/org/itu"' in html and 'href="/id/forum/igf"' in html
    status, html, _ = page(f"{server}/id/?kind=forums")
    assert status == 200 and 'href="/id/forum/igf"' in html and 'href="/id/org/itu"' not in html


def test_search_over_labels_and_quotes(server: str) -> None:
    status, html, _ = page(f"{server}/search?q=" + urllib.parse.quote("telecommunication union"))
    assert status == 200 and 'href="/id/org/itu"' in html and "<mark>Telecommunication Union</mark>" in html
    status, html, _ = page(f"{server}/search?q=needle-in-a")
    assert status == 200 and "0 matches." in html  # comments are not searched: labels, quotes and texts are
    status, html, _ = page(f"{server}/search?q=" + urllib.parse.quote("<script>"))
    assert status == 200 and "<script>alert" not in html and "<mark>&lt;script&gt;</mark>" in html


def test_views_are_served_and_listed(server: str) -> None:
    status, html, _ = page(f"{server}/views/")
    assert status == 200 and 'href="/views/actors.html"' in html
    status, html, headers = page(f"{server}/views/actors.html")
    assert status == 200 and "the actors view" in html and "connect-src 'none'" in headers["content-security-policy"]
    assert page(f"{server}/views/..%2Fwgec.ttl")[0] == 404


def test_query_page_runs_examples_offline(server: str, chromium: Browser) -> None:
    from wgec.queries.library import get_query

    meetings = len(rows(post(server, get_query("meetings").text)[2]))
    assert meetings > 3
    with offline_page(chromium) as browser:
        browser.goto(f"{server}/")
        browser.wait_for_selector("body[data-ready=true]", timeout=30_000)
        browser.select_option("#examples", "meetings")
        browser.wait_for_selector(".yasr table tbody tr", timeout=30_000)
        assert browser.locator(".yasr table tbody tr").count() == meetings
        assert "Peter Major" in browser.inner_text(".yasr table")
        browser.select_option("#examples", "most-cited-paragraphs")
        browser.locator(".yasr table").get_by_text("Tunis Agenda, paragraph 35", exact=False).first.wait_for()
        browser.get_by_text("Chart", exact=True).click()
        browser.wait_for_selector(".wgec-chart svg rect")
        assert browser.locator(".wgec-chart svg rect").count() > 3
        browser.fill("input[name=q]", "ITU")
        browser.press("input[name=q]", "Enter")
        browser.wait_for_selector("#results li")
        browser.click("#results a[href='/id/org/itu']")
        browser.wait_for_selector("#facts")
        assert browser.errors == [] and browser.outside == []  # type: ignore[attr-defined]

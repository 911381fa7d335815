"""Headless Debian Chromium, driven by playwright, with the network closed but for 127.0.0.1.

One browser per test process (the session fixture ``chromium`` in tests/conftest.py); each page opens in a
fresh context of its own (no cookies, cache or storage shared with another test), behind the same gate.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


@contextmanager
def launched() -> Iterator[Browser]:
    """Debian's Chromium, headless, until the block ends (skips the test when it is not installed)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (the README's test command installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(browser: Browser, viewport: dict[str, int] | None = None) -> Iterator[Page]:
    """A page in a fresh context whose requests to anything but 127.0.0.1 or file: are aborted and
    recorded (``page.outside``); console errors and uncaught exceptions land in ``page.errors``."""
    context = browser.new_context(viewport=viewport) if viewport else browser.new_context()  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.outside = []  # type: ignore[attr-defined]
        page.errors = []  # type: ignore[attr-defined]

        def gate(route: Route) -> None:
            url = route.request.url
            if url.startswith(("http://127.0.0.1", "file:", "data:", "about:")):
                route.continue_()
            else:
                page.outside.append(url)  # type: ignore[attr-defined]
                route.abort()

        page.route("**/*", gate)
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
        page.on("pageerror", lambda e: page.errors.append(str(e)))  # type: ignore[attr-defined]
        yield page
    finally:
        context.close()

"""Headless Debian Chromium, driven by playwright, with the network closed but for 127.0.0.1."""
from __future__ import annotations

from contextlib import contextmanager

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


@contextmanager
def offline_page():
    """A page whose requests to anything but 127.0.0.1 or file: are aborted and recorded."""
    import os
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (the README's test command installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page()
            page.outside = []  # type: ignore[attr-defined]
            page.errors = []  # type: ignore[attr-defined]

            def gate(route) -> None:  # noqa: ANN001
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
            browser.close()

"""Save a screenshot of each view (and the query page) for review: python scripts/screenshot_views.py [OUT]

Uses Debian's chromium through playwright, with every request outside 127.0.0.1/file: refused,
so a screenshot also proves the page works offline.  Run `wgec build --out out` first.
"""
from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


def main(out: Path = Path("out"), shots: Path = Path("docs/screenshots")) -> None:
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        for view in sorted((out / "views").glob("*.html")):
            page.goto(view.resolve().as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            target = shots / f"{view.stem}.png"
            page.screenshot(path=str(target))
            print(f"wrote {target}")
        browser.close()


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:3]))

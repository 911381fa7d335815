"""Screenshots of every view for the README: python scripts/screenshot_views.py [OUT] [SHOTS]

Writes the views of the bundled corpus to OUT/views/ (default: a fresh build in a temporary folder;
an existing OUT/views/ is used as it is), opens each in Debian's Chromium through playwright, headless,
with every request that is not file: refused (so a screenshot also shows that the page works offline),
waits until the layout has settled (the page sets body[data-ready]) and saves SHOTS/NAME.png (default
docs/screenshots/). Also saves the dossier PNG of the Russian Federation, drawn without a browser.
Fails if a page logs an error or asks for anything outside.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]
VIEWPORT = {"width": 1400, "height": 860}


def views_of(out: Path) -> list[Path]:
    """OUT/views/*.html, written from the bundled corpus first if there are none."""
    if not list((out / "views").glob("*.html")):
        from wgec.graph.build import build
        from wgec.viz.views import write_views

        write_views(build(run_validation=False).graph, out)
    return sorted((out / "views").glob("*.html"))


def shoot(pages: list[Path], shots: Path) -> list[str]:
    """One PNG per page; returns the problems seen (console errors, requests refused)."""
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
        for view in pages:
            page = browser.new_page(viewport=VIEWPORT)
            page.route("**/*", lambda r, v=view: r.continue_() if r.request.url.startswith(("file:", "data:", "about:"))
                       else (problems.append(f"{v.name}: asked for {r.request.url}"), r.abort()))
            page.on("console", lambda m, v=view: problems.append(f"{v.name}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e, v=view: problems.append(f"{v.name}: {e}"))
            page.goto(view.resolve().as_uri(), timeout=120_000)
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            target = shots / f"{view.stem}.png"
            page.screenshot(path=str(target))
            drawn = page.evaluate("window.network ? network.body.nodeIndices.length : 0")
            print(f"wrote {target} ({drawn} nodes drawn)")
            page.close()
        browser.close()
    return problems


def dossier_png(shots: Path) -> None:
    from rdflib import URIRef

    from wgec.graph.build import build
    from wgec.ontology.vocab import ID
    from wgec.viz.dossier_png import neighbourhood_png

    target = shots / "dossier-russian-federation.png"
    target.write_bytes(neighbourhood_png(build(run_validation=False).graph, URIRef(ID["gov/russian-federation"])))
    print(f"wrote {target}")


def main(out: Path | None = None, shots: Path = Path("docs/screenshots")) -> int:
    shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        problems = shoot(views_of(out or Path(tmp)), shots)
    dossier_png(shots)
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))

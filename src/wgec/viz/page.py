"""One self-contained HTML page per view: wgec's template, its CSS and scripts, vendored JS inlined.

vis-network comes from the pyvis package (its ``lib/`` copy, no CDN) and vis-timeline from
``viz/vendor/`` (from the npm registry, dual Apache-2.0/MIT).  pyvis's own templates link
Bootstrap from a CDN, so they are not used.  Data reaches the page as JSON in a ``<script>``
with ``<``, ``>`` and ``&`` escaped, and the page shows document text with ``textContent``.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

VENDOR = {"vis-timeline.js": "vendor/vis-timeline/vis-timeline-graph2d.min.js",
          "vis-timeline.css": "vendor/vis-timeline/vis-timeline-graph2d.min.css"}


def safe_json(value: object) -> str:
    """JSON that can stand inside a <script> element.

    >>> safe_json({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    return (json.dumps(value, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def asset(name: str) -> str:
    """A template (``templates/NAME``), a vendored library (``vis-timeline.js``) or pyvis's vis-network."""
    if name in ("vis-network.min.js", "vis-network.css"):
        import pyvis

        return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    path = VENDOR.get(name, f"templates/{name}")
    text = (resources.files("wgec.viz") / path).read_text(encoding="utf-8")
    return re.sub(r"\n(?://|/\*)# sourceMappingURL=\S+(?: \*/)?\s*$", "\n", text)


def _script(code: str) -> str:
    return "<script>\n" + code.replace("</script", "<\\/script") + "\n</script>"


@dataclass
class Page:
    """What a view page holds; ``data`` become ``const NAME = JSON;`` lines, one per line."""

    title: str
    how_to_read: str
    kind: str = "network"
    note: str = ""
    main: str = '<div id="network" role="img" aria-label="Network"></div>'
    data: dict[str, object] = field(default_factory=dict)
    scripts: list[str] = field(default_factory=lambda: ["network.js"])
    timeline: bool = False
    empty_message: str = "Nothing to show: this view is empty."

    def render(self) -> str:
        css = asset("vis-network.css") + "\n" + asset("page.css")
        head = [_script(asset("vis-network.min.js"))]
        if self.timeline:  # both libraries write window.vis: keep each apart
            css += "\n" + asset("vis-timeline.css")
            head += [_script("window.visNetwork = window.vis; window.vis = undefined;"),
                     _script(asset("vis-timeline.js")),
                     _script("window.visTimeline = window.vis; window.vis = window.visNetwork;")]
        data = "".join(f"const {k} = {safe_json(v)};\n" for k, v in self.data.items())
        values = {"TITLE": html.escape(self.title), "HOWTO": html.escape(self.how_to_read),
                  "NOTE": html.escape(self.note), "EMPTY": html.escape(self.empty_message),
                  "KIND": html.escape(self.kind), "CSS": css, "HEAD": "\n".join(head), "MAIN": self.main,
                  "DATA": data, "APP": "\n".join(_script(asset(s)) for s in self.scripts)}
        template = asset("page.html")
        # one pass: text put in is never scanned again for placeholders
        return re.sub(r"@@([A-Z]+)@@", lambda m: values[m.group(1)], template)

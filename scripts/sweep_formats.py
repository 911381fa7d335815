"""How many of the analysts' facts survive when the unseen documents come as PDFs, Word files or web pages.

Each unseen text (tests/fixtures/unseen/*.txt) is rendered in six ways a user may bring it: a PDF on A4 at
10 pt and on A5 at 11 pt (far more lines wrap), a Word file whose author parts blocks with empty paragraphs
and one who leaves it to the style's spacing (every line a block of its own), a web page with a <p> a
block and <br> a line, and one with a <p> a line.  Each rendering is built alone, its facts checked as
tests/graph/layout/test_unseen.py checks the text's, and the facts it loses that the text keeps are
counted.  Prints a Markdown table (facts lost per rendering, then the documents that lose most).

    .venv/bin/python scripts/sweep_formats.py [--only NAME ...]
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' renderers and facts

from tests.graph.ingest.render import to_docx, to_pdf  # noqa: E402
from tests.graph.layout import test_unseen as unseen  # noqa: E402

BOLD_RE = re.compile(r"[*][*](.+?)[*][*]")


def _page(text: str, line_per_paragraph: bool) -> str:
    blocks = [html.escape(b) for b in re.split(r"\n\s*\n", text.strip("\n"))]
    blocks = [BOLD_RE.sub(r"<b>\1</b>", b) for b in blocks]
    body = ["".join(f"<p>{line}</p>\n" for line in b.split("\n")) if line_per_paragraph
            else "<p>" + b.replace("\n", "<br>\n") + "</p>\n" for b in blocks]
    return "<html><head><meta charset='utf-8'></head><body>\n" + "".join(body) + "</body></html>"


def _web(line_per_paragraph: bool) -> Callable[[str, Path], Path]:
    def render(text: str, path: Path) -> Path:
        path.with_suffix(".html").write_text(_page(text, line_per_paragraph), encoding="utf-8")
        return path.with_suffix(".html")
    return render


RENDERINGS: dict[str, Callable[[str, Path], Path]] = {
    "PDF, A4 10 pt": lambda text, path: to_pdf(text, path.with_suffix(".pdf")),
    "PDF, A5 11 pt": lambda text, path: to_pdf(text, path.with_suffix(".pdf"), page="A5"),
    "Word, empty paragraphs": lambda text, path: to_docx(text, path.with_suffix(".docx"), empty_paragraphs=True),
    "Word, style spacing": lambda text, path: to_docx(text, path.with_suffix(".docx")),
    "web page, <br> a line": _web(False),
    "web page, <p> a line": _web(True),
}


def sweep(names: list[str]) -> tuple[dict[str, int], dict[str, dict[str, int]], int]:
    """Facts lost per rendering, per document and rendering, and the facts in all."""
    lost = dict.fromkeys(RENDERINGS, 0)
    by_doc: dict[str, dict[str, int]] = {}
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            stem = Path(name).stem
            text = (unseen.UNSEEN / name).read_text(encoding="utf-8")
            total += len(unseen.read_facts(unseen.UNSEEN / f"{stem}.facts.csv"))
            kept_by_text = set(unseen._missed(unseen.UNSEEN / name, stem))
            for label, render in RENDERINGS.items():
                folder = Path(tmp) / f"{stem}-{len(by_doc)}-{list(RENDERINGS).index(label)}"
                folder.mkdir()
                try:
                    missed = set(unseen._missed(render(text, folder / stem), stem)) - kept_by_text
                except Exception as exc:  # a renderer that cannot set the text (fpdf2 on a very long word)
                    print(f"{stem}: {label}: not rendered ({type(exc).__name__})", file=sys.stderr)
                    continue
                lost[label] += len(missed)
                by_doc.setdefault(stem, {})[label] = len(missed)
            print(f"{stem}: {by_doc.get(stem)}", file=sys.stderr)
    return lost, by_doc, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="unseen documents (file names) to sweep; all .txt ones if none")
    args = parser.parse_args()
    names = args.only or [n for n in unseen.DOCUMENTS if n.endswith(".txt")]
    warnings.simplefilter("ignore")  # fpdf2 says its A5 size changed in 2.8.5
    lost, by_doc, total = sweep(names)
    print(f"\n{len(names)} unseen texts, {total} facts; facts lost against the text:\n")
    print("| rendering | facts lost | kept |\n|---|---:|---:|")
    for label, n in lost.items():
        print(f"| {label} | {n} | {100 * (total - n) / total:.1f}% |")
    worst = sorted(by_doc.items(), key=lambda kv: -sum(kv[1].values()))[:10]
    print("\n| document | " + " | ".join(RENDERINGS) + " |\n|---|" + "---:|" * len(RENDERINGS))
    for stem, counts in worst:
        print(f"| {stem} | " + " | ".join(str(counts.get(label, "-")) for label in RENDERINGS) + " |")


if __name__ == "__main__":
    main()

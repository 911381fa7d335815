"""Throughput of the format readers on renderings of the bundled corpus (prints a Markdown table).

    python scripts/bench_ingest.py [--repeat 5]

The bundled texts are concatenated ``--repeat`` times, rendered as a PDF (fpdf2) and a
Word file (python-docx) by the test renderer, and read back: wgec's PDF reader (pypdf
layout mode), pypdf's plain mode and pdfplumber (when installed) for comparison, and the
Word reader. MB/s is of extracted text (and of the file's bytes). Median of 3 runs.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.graph.ingest.render import to_docx, to_pdf  # noqa: E402

from wgec.graph.build import bundled_corpus  # noqa: E402
from wgec.graph.ingest.docx import read_docx  # noqa: E402
from wgec.graph.ingest.pdf import read_pdf  # noqa: E402


def _median(fn: Callable[[], str], runs: int = 3) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        size = len(fn().encode("utf-8"))
        times.append(time.perf_counter() - t)
    return statistics.median(times), size


def _pypdf_plain(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def _pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(bundled_corpus().glob("*.txt"))) + "\n\n"
    text *= args.repeat
    with tempfile.TemporaryDirectory() as tmp:
        pdf, docx = to_pdf(text, Path(tmp) / "corpus.pdf"), to_docx(text, Path(tmp) / "corpus.docx")
        cases: list[tuple[str, Path, Callable[[], str]]] = [
            ("wgec PDF reader (pypdf, layout mode)", pdf, lambda: read_pdf(pdf, pdf.read_bytes()).text),
            ("pypdf, plain mode", pdf, lambda: _pypdf_plain(pdf)),
            ("wgec Word reader (python-docx)", docx, lambda: read_docx(docx, docx.read_bytes()).text)]
        try:
            import pdfplumber  # noqa: F401

            cases.insert(2, ("pdfplumber", pdf, lambda: _pdfplumber(pdf)))
        except ImportError:
            pass
        print(f"Input: the bundled corpus x{args.repeat} ({len(text.encode('utf-8')) / 1e6:.2f} MB of text)\n")
        print("| reader | file MB | seconds | MB/s of text | MB/s of file |")
        print("|---|---:|---:|---:|---:|")
        for name, path, fn in cases:
            seconds, size = _median(fn)
            file_mb = path.stat().st_size / 1e6
            print(f"| {name} | {file_mb:.2f} | {seconds:.2f} | {size / 1e6 / seconds:.3f} | {file_mb / seconds:.3f} |")


if __name__ == "__main__":
    main()

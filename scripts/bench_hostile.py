"""Time the parse of hostile lines: one character repeated over a whole line, in the title, the front
matter, the body, an item, a heading, and as the cells of a Markdown table row. Patterns that backtrack
over such a run take quadratic time; the parse must stay linear. Prints a Markdown table (median of 3
runs per case, the slowest placements first).

    .venv/bin/python scripts/bench_hostile.py [--length 20000] [--top 12]
"""
from __future__ import annotations

import argparse
import statistics
import time

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

RUNS = ["\t", ".", "-", "@", "'", "’", "/", "=", "_ ", "1. ", "(", "*a ", ": ", "a-", "A. ", "**", "~~", "<", "[",
        "\\", ",", "; ", "x: ", "> "]
PLACES = {
    "title": "{run}\n\nSubmitted by Japan\n\n## Recommendations\n\n1. Keep the IGF.\n",
    "front matter": "Views of Japan\n\n{run}\n\nSubmitted by Japan\n\n## Recommendations\n\n1. Keep the IGF.\n",
    "body": "Views of Japan\n\nSubmitted by Japan\n\n## Recommendations\n\n1. Keep the IGF.\n\n{run}\n",
    "item": "Views of Japan\n\nSubmitted by Japan\n\n## Recommendations\n\n1. {run}\n\n2. Keep the IGF.\n",
    "heading": "Views of Japan\n\nSubmitted by Japan\n\n## {run}\n\n1. Keep the IGF.\n",
    "table row": "Views of Japan\n\nSubmitted by Japan\n\n## Recommendations\n\n|{cells}|\n|{rule}|\n|{cells}|\n",
}


def parse_seconds(text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        parse_document(SourceFile.from_text("hostile.txt", text))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20_000, help="characters in each hostile line")
    parser.add_argument("--top", type=int, default=12, help="rows shown (the slowest)")
    args = parser.parse_args()
    rows = []
    for run in RUNS:
        line = run * (args.length // len(run)) + "x"
        for place, template in PLACES.items():
            cells = "|".join([run.strip() or "x"] * (args.length // (len(run) + 1)))
            text = template.format(run=line, cells=cells, rule="|".join(["---"] * cells.count("|")) + "|---")
            rows.append((parse_seconds(text), run, place))
    rows.sort(reverse=True)
    print(f"| line of {args.length:,} characters | placed in | parse (s, median of 3) |\n|---|---|---|")
    for seconds, run, place in rows[:args.top]:
        print(f"| `{run!r}` repeated | {place} | {seconds:.3f} |")
    print(f"\n{len(rows)} cases; the fastest {min(r[0] for r in rows):.3f} s, the median "
          f"{statistics.median(r[0] for r in rows):.3f} s.")


if __name__ == "__main__":
    main()

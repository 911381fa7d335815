"""Write the README's figures (triples, documents, proposals, actors...) from a real build.

No number in the README is typed by hand: the marked blocks are generated here, and
``tests/test_readme.py`` fails when they drift from what the bundled corpus builds.

    python scripts/readme_figures.py           # rewrite the marked blocks of README.md
    python scripts/readme_figures.py --check   # exit 1 if README.md is out of date
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wgec.graph.build import BuildResult, build

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK_RE = re.compile(r"(<!-- figures:(?P<name>[a-z-]+) -->\n)(?P<body>.*?)(<!-- /figures:(?P=name) -->)", re.S)


def build_block(result: BuildResult) -> str:
    """What `wgec build` prints about the graph, as an indented Markdown code block."""
    sizes = result.triple_counts()
    rows = [f"     {cls:<20}│ {n:>9,}" for cls, n in result.counts.items()]
    return "\n".join([
        "    $ wgec build --out out",
        f"     wgec.ttl: {sizes['total']:,} triples ({sizes['data']:,} data, {sizes['ontology']:,} ontology)",
        f"     {'class':<20}┃ {'instances':>9}",
        *rows,
    ]) + "\n"


def outputs_block(result: BuildResult) -> str:
    sizes = result.triple_counts()
    return (f"Outputs: `out/wgec.ttl` holds {sizes['total']:,} triples: the data ({sizes['data']:,}) and the\n"
            f"ontology ({sizes['ontology']:,}), so it answers queries on its own. From the bundled corpus\n"
            f"({result.counts['SourceFile']} files) it holds {result.counts['Document']} documents, "
            f"{result.counts['Proposal']:,} proposals and {result.counts['Actor']:,} actors.\n")


BLOCKS = {"build": build_block, "outputs": outputs_block}


def render(readme: str, result: BuildResult) -> str:
    """``readme`` with every marked block regenerated from ``result``."""
    def fill(m: re.Match[str]) -> str:
        make = BLOCKS.get(m.group("name"))
        if make is None:
            raise SystemExit(f"README.md: unknown figures block {m.group('name')!r}")
        return m.group(1) + make(result) + m.group(4)

    return BLOCK_RE.sub(fill, readme)


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    fresh = render(text, build())
    if "--check" in argv:
        if fresh != text:
            print("README.md: figures are out of date; run python scripts/readme_figures.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

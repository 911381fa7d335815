"""Parse (and build) one large document of 1, 4 and 50 MB; write the figures to BENCHMARKS.md.

    .venv/bin/python scripts/bench_parse.py [--sizes 1,4,50] [--build-up-to 4] [--output BENCHMARKS.md]

Each size runs in its own process (:mod:`wgec.bench.parsing`); the section is also kept in
src/wgec/bench/parse-results.md, which the full benchmark report (`wgec bench`) includes.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from wgec.bench.parsing import run, section, write_section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,50", help="document sizes in MB, comma-separated")
    parser.add_argument("--build-up-to", type=float, default=4.0, help="also build (no SHACL) up to this size")
    parser.add_argument("--output", type=Path, default=Path("BENCHMARKS.md"))
    args = parser.parse_args(argv)
    results = run([float(s) for s in args.sizes.split(",")], args.build_up_to)
    text = section(results)
    write_section(text, args.output)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

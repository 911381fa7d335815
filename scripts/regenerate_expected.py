"""Rewrite every expected answer of the named queries and the golden graph from the bundled build.

    .venv/bin/python scripts/regenerate_expected.py [--check]

Writes tests/queries/expected/NAME.csv (or .ttl) for each case of tests/queries/answers.py,
deletes expected files no query answers any more, and writes tests/golden/wgec.nt (the
sorted N-Triples of the build: data and ontology). Run it on purpose, when a change of the
output is intended, then review the diff in git (`git diff --stat tests/`) before committing.
With --check nothing is written: it lists the files that would change and exits 1 if any.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.graph.test_golden import GOLDEN  # noqa: E402
from tests.queries.answers import EXPECTED, answer, cases, to_file_text  # noqa: E402

from wgec.files import write_atomic  # noqa: E402
from wgec.graph.build import build  # noqa: E402


def expected_files() -> dict[Path, bytes]:
    """Every expected file's new content, by path."""
    result = build()
    files = {GOLDEN: result.ntriples}
    for case in cases():
        files[case.path] = to_file_text(case, answer(result.graph, case)).encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    args = parser.parse_args(argv)
    files = expected_files()
    stale = sorted(p for p in EXPECTED.iterdir() if p.suffix in (".csv", ".ttl") and p not in files)
    changed = sorted(p for p, data in files.items() if not p.exists() or p.read_bytes() != data)
    for path in changed:
        print(f"{'would write' if args.check else 'wrote'} {path.relative_to(ROOT)}")
        if not args.check:
            write_atomic(path, files[path])
    for path in stale:
        print(f"{'would delete' if args.check else 'deleted'} {path.relative_to(ROOT)} (no query answers it)")
        if not args.check:
            path.unlink()
    if not changed and not stale:
        print(f"all {len(files)} expected files are up to date")
    return 1 if args.check and (changed or stale) else 0


if __name__ == "__main__":
    sys.exit(main())

"""The tally both sweeps print (scripts/sweep_front_matter.py, scripts/sweep_structure.py): the wrong cases as they
come, then a Markdown row a sweep."""
from __future__ import annotations

from collections.abc import Callable, Iterable


def tally(sweeps: Iterable[tuple[str, Callable[[], Iterable[tuple]]]], quiet: bool) -> list[str]:
    """A row "| sweep | cases | wrong | most wrong where |" for each (name, cases) sweep, whose cases are
    (dimension, case, right[, what was read]); each wrong case printed unless ``quiet``."""
    rows = []
    for sweep, cases in sweeps:
        wrong: dict[str, int] = {}
        total = 0
        for dimension, case, right, *got in cases():
            total += 1
            if not right:
                wrong[dimension] = wrong.get(dimension, 0) + 1
                if not quiet:
                    print(f"{sweep}: wrong: {case}" + (f": got {got[0]}" if got else ""))
        worst = ", ".join(f"{k} {v}" for k, v in sorted(wrong.items(), key=lambda kv: -kv[1])[:4])
        rows.append(f"| {sweep} | {total} | {sum(wrong.values())} | {worst or '-'} |")
    return rows

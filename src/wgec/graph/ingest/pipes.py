"""Tables typed with pipes ("No. | Question | Answer", a Markdown table, a table pasted from a
form as text) to the tab-separated rows the layout reads as tables.

Only a run of two or more lines that are rows of one table is changed: each has as many cells
as the others, or a separator row of dashes ("---|---") is among them.  Every character keeps
its place (an inner pipe becomes a tab, an outer one and a separator row become spaces), so
offsets into the text are those of the file.
"""
from __future__ import annotations

import re

SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
MIN_ROWS = 2


def _cells(line: str) -> int:
    """How many cells a row has (0: not a row), outer pipes not counted."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return inner.count("|") + 1 if "|" in inner else 0


def _row(line: str) -> str:
    """A row with tabs between its cells, its outer pipes spaces."""
    if SEPARATOR_RE.match(line):
        return " " * len(line)
    chars = list(line)
    pipes = [k for k, ch in enumerate(chars) if ch == "|"]
    stripped = line.strip()
    outer = {pipes[0]} if stripped.startswith("|") else set()
    outer |= {pipes[-1]} if stripped.endswith("|") and len(stripped) > 1 else set()
    for k in pipes:
        chars[k] = " " if k in outer else "\t"
    return "".join(chars)


def _is_table(run: list[str]) -> bool:
    if len(run) < MIN_ROWS:
        return False
    if any(SEPARATOR_RE.match(line) for line in run):
        return True
    counts = {_cells(line) for line in run}
    return len(counts) == 1


def pipe_tables(text: str) -> str:
    """The text with its pipe tables as tab-separated rows (same length, same offsets).

    >>> pipe_tables("No. | Question | Answer\\n--- | --- | ---\\n1 | Which? | Government.\\n")
    'No. \\t Question \\t Answer\\n               \\n1 \\t Which? \\t Government.\\n'
    >>> pipe_tables("Home | Blog\\n\\nWe recommend a | b.\\n")  # no run of rows: left as written
    'Home | Blog\\n\\nWe recommend a | b.\\n'
    """
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if _cells(line) or run and SEPARATOR_RE.match(line):
            run.append(line)
            continue
        out.extend([_row(r) for r in run] if _is_table(run) else run)
        run = []
        out.append(line)
    return "\n".join(out[:-1])

"""The house rules of issue 13 that no linter states: no source file over 400 lines, no function
over 60 (data tables are module-level constants, not functions, so they are not counted)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "wgec"
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
SOURCES = sorted(SRC.rglob("*.py"))


def test_the_sources_are_found():
    assert len(SOURCES) > 100 and (SRC / "graph" / "build.py") in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
def test_file_and_functions_stay_small(path: Path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_FILE_LINES, f"{path.relative_to(SRC)}: {text.count(chr(10))} lines"
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"{path.relative_to(SRC)}: functions over {MAX_FUNCTION_LINES} lines: {long}"

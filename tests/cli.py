"""The ``wgec`` command run in this test process (click's CliRunner): the real CLI code, its exit code,
standard output and standard error, without paying a new interpreter and its imports for each call.

An exception that escapes the command is written to ``stderr`` as its traceback, as the interpreter
would print it, so a test that asserts "no traceback" means the same thing as against a subprocess.
Tests that need a real process (the entry point, servers, a fresh venv) run ``python -m wgec.cli``.
"""
from __future__ import annotations

import os
import subprocess
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner


@contextmanager
def _cwd(path: Path | None) -> Iterator[None]:
    before = Path.cwd()
    if path is not None:
        os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def wgec(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``wgec ARGS`` in this process, from ``cwd``; the answer as a finished process would give it."""
    from wgec.cli import main

    with _cwd(cwd):
        result = CliRunner().invoke(main, list(args), input=stdin, prog_name="wgec")
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        assert result.exc_info is not None
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["wgec", *args], result.exit_code, result.stdout, stderr)

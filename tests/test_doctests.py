"""The examples in the package's docstrings, run on the installed package.

pytest's --doctest-modules would import src/wgec next to the installed copy (CI installs
non-editable, as users do) and refuse the mismatch; doctest on the imported modules
checks what users have.
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import wgec

MODULES = sorted(m.name for m in pkgutil.walk_packages(wgec.__path__, "wgec.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples failed"

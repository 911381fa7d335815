from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph
from tests.browser import launched

from wgec.graph.build import BuildResult, build, bundled_corpus, write_outputs

if TYPE_CHECKING:
    from playwright.sync_api import Browser

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = bundled_corpus()


@pytest.fixture(scope="session")
def built() -> BuildResult:
    """One build of the bundled corpus, shared by the tests that only read it."""
    return build()


@pytest.fixture(scope="session")
def graph(built: BuildResult) -> Graph:
    return built.graph


@pytest.fixture(scope="session")
def built_out(tmp_path_factory: pytest.TempPathFactory, built: BuildResult) -> Path:
    """The shared build's outputs (wgec.ttl, wgec.trig, ontology/, build-summary.json), written once per
    test process: read them, write nothing into this folder."""
    out = tmp_path_factory.mktemp("built-out")
    write_outputs(built, out)
    return out


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless Chromium per test process; tests open pages with ``tests.browser.offline_page``."""
    with launched() as browser:
        yield browser


def doc_file(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))

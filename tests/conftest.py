from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from wgec.graph.build import BuildResult, build, bundled_corpus

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = bundled_corpus()


@pytest.fixture(scope="session")
def built() -> BuildResult:
    """One build of the bundled corpus, shared by the tests that only read it."""
    return build()


@pytest.fixture(scope="session")
def graph(built: BuildResult) -> Graph:
    return built.graph


def doc_file(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))

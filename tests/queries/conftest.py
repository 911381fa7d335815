from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph
from tests.queries.answers import answer, cases, default_params

from wgec.queries.library import get_query, prepare
from wgec.queries.results import QueryResult
from wgec.queries.store import load, open_store, run

PARAMS = default_params()


@pytest.fixture(scope="session")
def answers(graph: Graph) -> Callable[[str], QueryResult]:
    """The answer of each named query on the bundled build (by expected-file key), run once per session."""
    by_key = {case.key: case for case in cases()}
    done: dict[str, QueryResult] = {}

    def get(key: str) -> QueryResult:
        if key not in done:
            done[key] = answer(graph, by_key[key])
        return done[key]

    return get


@pytest.fixture(scope="session")
def memory_store(built_out: Path) -> Graph:
    """The memory (rdflib) backend loaded from the build's wgec.ttl: the data and the ontology."""
    store = open_store("memory")
    load(store, built_out / "wgec.ttl")
    return store


@pytest.fixture(scope="session")
def memory_answers(memory_store: Graph) -> Callable[[str], QueryResult]:
    """Each named query (with PARAMS) answered by the memory backend, once per session: what the Oxigraph
    backend (test_stores.py) and a remote endpoint fed the same wgec.ttl (test_remote.py) must answer."""
    done: dict[str, QueryResult] = {}

    def get(name: str) -> QueryResult:
        if name not in done:
            done[name] = run(memory_store, prepare(get_query(name), PARAMS.get(name, {})), name)
        return done[name]

    return get

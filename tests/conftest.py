from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph
from tests.browser import launched
from tests.venv import build_wheel, make_venv, run_wgec

from wgec.graph.build import BuildResult, build, bundled_corpus, write_outputs

if TYPE_CHECKING:
    from subprocess import CompletedProcess

    from playwright.sync_api import Browser

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = bundled_corpus()

# ---------------------------------------------------------------- spreading the files over xdist workers
#: Files that run in one worker, as one unit: they share an expensive session fixture (the named queries'
#: answers on the build's graph, or on the memory backend; the endpoint server and Chromium; the README's
#: build in a fresh venv).
TOGETHER = {
    "tests/queries/test_results.py": "tests/queries/test_answers.py",
    "tests/queries/test_stance_queries.py": "tests/queries/test_answers.py",
    "tests/queries/test_named.py": "tests/queries/test_answers.py",
    "tests/queries/test_stores.py": "tests/queries/test_remote.py",
    "tests/queries/serve/test_pages.py": "tests/queries/serve/test_protocol.py",
    "tests/queries/serve/test_sandbox.py": "tests/queries/serve/test_protocol.py",
    "tests/test_packaging.py": "tests/test_cli.py",
}
#: The slowest units (serial wall seconds at low load), handed out first: each
#: worker takes the next unit when it is free, so a long one handed out last would leave a worker
#: alone with it at the end. Units not named here follow in collection order.
SLOWEST = [
    "tests/viz/test_views_120.py",  # 30 s: the 120-document corpus built, then drawn
    "tests/test_cli.py",  # 27 s with test_packaging.py (the README's build in a fresh venv)
    "tests/graph/test_export.py",  # 26 s
    "tests/queries/test_remote.py",  # 18 s with test_stores.py
    "tests/queries/serve/test_limits.py",  # 16 s
    "tests/viz/test_views_drawn.py",  # 12 s
    "tests/queries/test_answers.py",  # 12 s with test_results, test_stance_queries and test_named
    "tests/queries/test_ergonomics.py",
    "tests/queries/test_cli_errors.py",
    "tests/viz/test_dossier.py",
    "tests/graph/ingest/test_format_recall.py",
    "tests/graph/test_validate_chunks.py",
    "tests/viz/test_views.py",
    "tests/queries/serve/test_command.py",
    "tests/ontology/test_owl.py",
]


def unit_of(nodeid: str) -> str:
    """The unit of work a test belongs to: its file, or the file it runs with (TOGETHER)."""
    path = nodeid.split("::", 1)[0]
    return TOGETHER.get(path, path)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slowest units first (a stable sort: a file's tests keep their order)."""
    rank = {unit: i for i, unit in enumerate(SLOWEST)}
    items.sort(key=lambda item: rank.get(unit_of(item.nodeid), len(rank)))


@pytest.hookimpl(optionalhook=True)  # an xdist hook: optional, so that -p no:xdist still runs
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """``--dist loadfile`` with the files of TOGETHER as one unit; units are handed out in collection
    order (``--no-loadscope-reorder``), which puts the slowest first."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class Units(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

    return Units(config, log)


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef[object]) -> Iterator[None]:
    """What a session fixture made (a build, a store, the 120-document graph) lives until the end: once it
    is made, the cyclic collector stops rescanning it (``gc.freeze``) in every later test."""
    yield
    if fixturedef.scope == "session":
        gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """pytest's last act (its unraisableexception plugin) is a full collection, to report exceptions
    raised while cyclic garbage is freed; by then every test and fixture has finished, and that collection
    would walk the session's graphs, stores and caches once more: 3.3 s on the worker that drew the
    120-document views, while the other worker had finished. They stay as they are until the process
    ends (``gc.freeze``); what tests left in cycles was collected as they ran."""
    gc.freeze()


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
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this source tree (tests/venv.py)."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel (tests/venv.py)."""
    return make_venv(wheel, tmp_path_factory.mktemp("venv") / "v")


@pytest.fixture(scope="session")
def readme_build(fresh_venv: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[CompletedProcess[str], Path]:
    """The README's ``wgec build --out out``, run once from an empty folder with the fresh venv's entry
    point: the process (exit code, stdout, stderr) and the out folder. Read it, write nothing into it."""
    folder = tmp_path_factory.mktemp("readme")
    return run_wgec(fresh_venv, folder, "build", "--out", "out"), folder / "out"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless Chromium per test process; tests open pages with ``tests.browser.offline_page``."""
    with launched() as browser:
        yield browser


def doc_file(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))

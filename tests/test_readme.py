"""README figures are generated (scripts/readme_figures.py) and must match the bundled build."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from wgec.graph.build import BuildResult

ROOT = Path(__file__).resolve().parents[1]


def _script():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("readme_figures", ROOT / "scripts" / "readme_figures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_figures_match_the_bundled_build(built: BuildResult) -> None:
    script = _script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert set(m.group("name") for m in script.BLOCK_RE.finditer(readme)) == set(script.BLOCKS)
    fresh = script.render(readme, built)
    if fresh != readme:
        import difflib

        diff = "".join(difflib.unified_diff(readme.splitlines(True), fresh.splitlines(True), "README.md", "fresh"))
        raise AssertionError("README figures drifted; run python scripts/readme_figures.py\n" + diff)


def test_first_triple_count_in_readme_is_what_wgec_ttl_holds(built: BuildResult) -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"\b([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{4,}) triples", readme)
    assert first is not None
    assert int(first.group(1).replace(",", "")) == built.triple_counts()["total"]

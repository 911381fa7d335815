"""The package as users get it: a wheel holds every file the code opens, and a fresh venv
with that wheel runs the README's commands from an empty folder (tests/venv.py; the fixtures are in
tests/conftest.py, since tests/test_cli.py reads the same build).

An editable install (as CI once used) reads data files from the source tree, so a file
missing from the package data only shows up here.
"""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path
from subprocess import CompletedProcess

from tests.venv import ROOT, run_wgec

SOURCE = ROOT / "src" / "wgec"
SKIP_PARTS = {"__pycache__"}


def _data_files() -> set[str]:
    """Every non-Python file of the package source tree, as a wheel path ('wgec/...')."""
    out = set()
    for path in SOURCE.rglob("*"):
        if path.is_file() and path.suffix not in {".py", ".pyc"} and not SKIP_PARTS & set(path.parts):
            out.add("wgec/" + path.relative_to(SOURCE).as_posix())
    return out


def test_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_data_files() - names)
    assert not missing, f"package data missing from the wheel: {missing}"
    assert "wgec/py.typed" in names


def test_fresh_venv_runs_the_readme_commands(fresh_venv: Path, readme_build: tuple[CompletedProcess[str], Path],
                                            tmp_path: Path) -> None:
    where = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", "import wgec; print(wgec.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(fresh_venv)), f"wgec imported from {where}, not the fresh venv"

    built, out = readme_build  # `wgec build --out out`, run from an empty folder
    assert built.returncode == 0, built.stderr
    folder = out.parent
    assert (out / "wgec.ttl").stat().st_size > 100_000
    assert (out / "index.html").is_file()
    views = sorted(p.stem for p in (out / "views").glob("*.html"))
    assert {"mapping", "actors", "positions"} <= set(views)

    listed = run_wgec(fresh_venv, folder, "views")
    assert listed.returncode == 0 and "mapping" in listed.stdout

    answered = run_wgec(fresh_venv, folder, "query", "meetings", "--format", "csv")
    assert answered.returncode == 0, answered.stderr
    assert "Peter Major" in answered.stdout and "Geneva" in answered.stdout

    viewed = run_wgec(fresh_venv, folder, "view", "mapping", "-o", str(tmp_path / "m.html"))
    assert viewed.returncode == 0, viewed.stderr
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "International Telecommunication Union" in page


def test_core_packages_import_in_the_fresh_venv(fresh_venv: Path) -> None:
    code = "import rdflib, networkx, pyvis, SPARQLWrapper, pyoxigraph; print('ok')"
    done = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr

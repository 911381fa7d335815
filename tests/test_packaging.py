"""The package as users get it: a wheel holds every file the code opens, and a fresh venv
with that wheel runs the README's commands from an empty folder.

An editable install (as CI once used) reads data files from the source tree, so a file
missing from the package data only shows up here.
"""
from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "wgec"
SKIP_PARTS = {"__pycache__"}


def _data_files() -> set[str]:
    """Every non-Python file of the package source tree, as a wheel path ('wgec/...')."""
    out = set()
    for path in SOURCE.rglob("*"):
        if path.is_file() and path.suffix not in {".py", ".pyc"} and not SKIP_PARTS & set(path.parts):
            out.add("wgec/" + path.relative_to(SOURCE).as_posix())
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("wgec-*.whl")
    return found


def test_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = sorted(_data_files() - names)
    assert not missing, f"package data missing from the wheel: {missing}"
    assert "wgec/py.typed" in names


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with only the wheel installed; its dependencies are found in this
    interpreter's site-packages (a .pth line), so the test needs no network."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    # without a pip of its own (ensurepip takes seconds): this interpreter's pip installs into it (--python)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, timeout=120)
    assert (venv / "bin" / "wgec").read_text().startswith(f"#!{py}")  # the entry point runs the fresh venv
    # after the install: with this line first, pip would see the outer venv's wgec and install nothing
    deps = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()]
    Path(purelib, "wgec-test-deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    return venv


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run([str(venv / "bin" / "wgec"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)


def test_fresh_venv_runs_the_readme_commands(fresh_venv: Path, tmp_path: Path) -> None:
    where = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", "import wgec; print(wgec.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(fresh_venv)), f"wgec imported from {where}, not the fresh venv"

    built = _run(fresh_venv, tmp_path, "build", "--out", "out")
    assert built.returncode == 0, built.stderr
    out = tmp_path / "out"
    assert (out / "wgec.ttl").stat().st_size > 100_000
    assert (out / "index.html").is_file()
    views = sorted(p.stem for p in (out / "views").glob("*.html"))
    assert {"mapping", "actors", "positions"} <= set(views)

    listed = _run(fresh_venv, tmp_path, "views")
    assert listed.returncode == 0 and "mapping" in listed.stdout

    answered = _run(fresh_venv, tmp_path, "query", "meetings", "--format", "csv")
    assert answered.returncode == 0, answered.stderr
    assert "Peter Major" in answered.stdout and "Geneva" in answered.stdout

    viewed = _run(fresh_venv, tmp_path, "view", "mapping", "-o", "m.html")
    assert viewed.returncode == 0, viewed.stderr
    page = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "International Telecommunication Union" in page


def test_core_packages_import_in_the_fresh_venv(fresh_venv: Path) -> None:
    code = "import rdflib, networkx, pyvis, SPARQLWrapper, pyoxigraph; print('ok')"
    done = subprocess.run([str(fresh_venv / "bin" / "python"), "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr

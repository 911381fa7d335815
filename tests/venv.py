"""The package as users get it: the wheel, a fresh venv holding only that wheel, and ``wgec`` run from it.

Used by the session fixtures ``wheel``, ``fresh_venv`` and ``readme_build`` (tests/conftest.py): the
packaging tests and the CLI tests read the same ``wgec build`` of the README, run once.
"""
from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_wheel(out: Path) -> Path:
    """The wheel of this source tree, as pip builds it."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("wgec-*.whl")
    return found


def make_venv(wheel: Path, venv: Path) -> Path:
    """A new venv with only the wheel installed; its dependencies are found in this interpreter's
    site-packages (a .pth line), so it needs no network."""
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


def run_wgec(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The venv's ``wgec`` entry point, as a user runs it, from ``cwd``."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run([str(venv / "bin" / "wgec"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)

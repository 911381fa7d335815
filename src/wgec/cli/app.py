"""The ``wgec`` command group: error mapping to exit codes, and helpers the commands share."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wgec.errors import WgecError

if TYPE_CHECKING:
    from rdflib import Graph


def _fail(exc: WgecError) -> None:
    click.echo(f"wgec: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _fail_os(exc: OSError) -> None:
    """An error of the system (a write refused, a disk full): one line naming the file, exit 5."""
    import errno

    name = str(exc.filename or "")
    if name.endswith(".tmp"):  # a temporary file of an atomic write: name the folder it was in
        name = str(Path(name).parent)
    reasons = {errno.ENOSPC: "no space left on the disk", errno.EDQUOT: "disk quota exceeded",
               errno.EROFS: "read-only file system", errno.EACCES: "permission denied (read-only?)",
               errno.EPERM: "not permitted (read-only or immutable?)"}
    reason = reasons.get(exc.errno or 0, (exc.strerror or str(exc)).lower())
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and name and not Path(name).is_dir():
        reason = "a file is in the way where a folder is needed"
    click.echo(f"wgec: error: {name}{': ' if name else ''}{reason}", err=True)
    sys.exit(5)


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WgecError as exc:
            _fail(exc)
        except OSError as exc:
            _fail_os(exc)
        except KeyboardInterrupt:
            click.echo("wgec: interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(package_name="wgec")
def main() -> None:
    """wgec: the knowledge graph of the UN CSTD Working Group on Enhanced Cooperation debate."""


def load_data(data: Path | None) -> Graph:
    """The graph to query: --data FILE, else ./out/wgec.ttl, else a fresh build of the bundled corpus."""
    from wgec.graph.rdf_files import load_graph

    if data is not None:
        return load_graph(data, store="SimpleMemory")  # only read: queries, views, dossiers
    default = Path("out") / "wgec.ttl"
    if default.exists():
        return load_graph(default, store="SimpleMemory")
    from wgec.graph.build import build as run_build

    click.echo("wgec: no out/wgec.ttl here; building the bundled corpus in memory (run `wgec build` once)",
               err=True)
    return run_build(run_validation=False).graph


def data_path(data: Path | None) -> Path:
    from wgec.errors import InputError

    path = data or Path("out") / "wgec.ttl"
    if not path.exists():
        raise InputError(f"{path}: no such file (run `wgec build` first, or give --data FILE)")
    return path


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    from wgec.errors import QueryError

    out = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise QueryError(f"--param {v!r}: expected NAME=VALUE")
        out[key.strip()] = value
    return out

"""The benchmark command."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from wgec.cli.app import main

if TYPE_CHECKING:  # imported when used, so that --help stays fast


    pass




@main.command()
@click.option("--scales", default="1,10,100,1000", show_default=True, help="Comma-separated scale factors.")
@click.option("--repeat", default=3, show_default=True, type=int, help="Runs per timing (medians).")
@click.option("--output", type=click.Path(path_type=Path), default=Path("BENCHMARKS.md"), show_default=True)
@click.option("--virtuoso", "virtuoso_scale", type=int, help="Also push this scale into a local Virtuoso and query it.")
def bench(scales: str, repeat: int, output: Path, virtuoso_scale: int | None) -> None:
    """Benchmark build, queries, views, exports and start-up on synthetic corpora; write BENCHMARKS.md."""
    from wgec.bench.run import run

    try:
        values = [int(x) for x in scales.split(",") if x.strip()]
    except ValueError:
        from wgec.errors import InputError

        raise InputError(f"--scales {scales!r}: expected numbers such as 1,10,100") from None
    run(values, repeat, output, virtuoso_scale, log=lambda m: click.echo(m, err=True))
    click.echo(f"wrote {output}")

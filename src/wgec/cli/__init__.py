"""The ``wgec`` command line: a thin layer over the library.

Exit codes: 0 success; 1 unexpected wgec error; 2 bad input (missing or
malformed file, bad argument); 3 the graph violates the SHACL shapes (for
``wgec validate``: does not conform); 4 a SPARQL endpoint is unreachable or failed;
5 the system refused: a port in use, a file where a folder belongs, a read-only or full
disk, a store another build is writing.
"""
from __future__ import annotations

from wgec.cli import bench, graph, queries, views  # noqa: F401  (each module registers its commands)
from wgec.cli.app import main

__all__ = ["main"]

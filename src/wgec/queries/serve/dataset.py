"""The dataset a server answers from: RDF files loaded into Oxigraph, or an on-disk store.

Triples of a Turtle, N-Triples or RDF/XML file go to the default graph; the named
graphs of a TriG or N-Quads file stay named graphs, and the default graph becomes
their merge (each triple once, as SPARQL's RDF merge wants: Oxigraph's own
union-of-graphs option would repeat a triple that two graphs share).  An on-disk
store is opened read-only; when its default graph is empty it is queried as the
union of its named graphs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from wgec.errors import InputError, RDFSyntaxError

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
           ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML,
           ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD,
           ".n3": ox.RdfFormat.N3}
DEFAULT_FILES = ("wgec.trig", "wgec.ttl")


@dataclass(frozen=True)
class Source:
    """What to serve: RDF files, or an on-disk Oxigraph store (read-only)."""

    files: tuple[Path, ...] = ()
    store_path: Path | None = None
    label: str = ""

    def describe(self) -> str:
        if self.label:
            return self.label
        if self.store_path is not None:
            return f"the Oxigraph store {self.store_path}"
        return ", ".join(str(f) for f in self.files)


@dataclass
class Loaded:
    """A loaded dataset: the store, whether queries take the union of named graphs, the graph names."""

    store: Any
    union_flag: bool
    graphs: list[str] = field(default_factory=list)
    triples: int = 0


def rdf_format(path: Path) -> Any:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type (one of {', '.join(sorted(FORMATS))})")
    return fmt


def find_source(data: tuple[Path, ...], store_path: Path | None, out: Path = Path("out")) -> Source | None:
    """The files or store to serve: --data files, else --store-path, else out/wgec.trig, else out/wgec.ttl."""
    if data:
        for path in data:
            rdf_format(path)
            if not path.is_file():
                raise InputError(f"{path}: no such file (run `wgec build` first, or give --data FILE)")
        return Source(files=tuple(data))
    if store_path is not None:
        if not store_path.is_dir():
            raise InputError(f"{store_path}: no Oxigraph store there (build one with `wgec build --store-path "
                             f"{store_path}`)")
        return Source(store_path=store_path)
    for name in DEFAULT_FILES:
        if (out / name).is_file():
            return Source(files=(out / name,))
    return None


def _merge_named_graphs(store: Any) -> None:
    """Copy every named graph's triples into the default graph (a set: shared triples once)."""
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def load(source: Source) -> Loaded:
    """Load ``source`` into a store (files: in memory; a store path: opened read-only)."""
    if source.store_path is not None:
        try:
            store = ox.Store.read_only(str(source.store_path))
        except OSError as exc:
            raise InputError(f"{source.store_path}: cannot open the Oxigraph store ({exc})") from None
        graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
        empty_default = not any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        union = bool(graphs) and empty_default
        return Loaded(store, union, graphs, count_triples(store, union))
    store = ox.Store()
    for path in source.files:
        try:
            store.bulk_load(path=str(path), format=rdf_format(path))
        except (SyntaxError, ValueError) as exc:
            raise RDFSyntaxError(f"{path}: not valid {path.suffix[1:]}: {exc}") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if graphs:
        _merge_named_graphs(store)
    return Loaded(store, False, graphs, count_triples(store))


def count_triples(store: Any, union: bool = False) -> int:
    """Triples of the default graph (or of the union of all graphs)."""
    answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", use_default_graph_as_union=union)
    return int(next(iter(answer))[0].value)

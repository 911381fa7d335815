"""What a query may reach: the local dataset only.

Two layers, both in the worker process:

1. :func:`check` reads the query as the SPARQL grammar's tokens (IRIs, strings,
   comments, variables, prefixed names and keywords are told apart, so a word inside
   a string or an IRI is never mistaken for a keyword) and refuses SERVICE, update
   operations (LOAD among them) and FROM / FROM NAMED naming a graph outside the
   dataset, each with a message that says why.  Oxigraph's parser accepts a keyword
   glued to the name after it (``SERVICEex:x`` is ``SERVICE ex:x`` to it), so every
   word or prefixed name that *starts* with SERVICE counts as SERVICE here.
2. :func:`isolate_network` moves the worker into a network namespace of its own
   with no interfaces, so even a query this check let through cannot open a
   connection (Linux; where the kernel refuses, the server says so on stderr).

Rdflib's SPARQL parser would give the same verdicts but costs 15-65 ms a query
(pyparsing), more than the queries themselves; the tokenizer costs microseconds.

>>> check("SELECT * WHERE { ?s ?p 'SERVICE <x>' } # SERVICE", set())
>>> try:
...     check("SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }", set())
... except SandboxError as exc:
...     print(str(exc)[:46])
SERVICE (federated query) is not allowed: quer
"""
from __future__ import annotations

import ctypes
import os
import re
import urllib.parse
from collections.abc import Iterator
from typing import NamedTuple

from wgec.errors import QueryError

TOKEN = re.compile("|".join((
    r"(?P<ws>\s+)",
    r"(?P<word>[^\W\d_][\w-]*(?![\w.:-]))",  # a bare word (keyword, function name); not a prefix
    r"(?P<pname>(?:[^\W\d_][\w.-]*)?:(?:[\w.:%-]|\\.)*)",
    r"(?P<var>[?$]\w+)",
    r"(?P<comment>#[^\n\r]*)",
    r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)',
    r"(?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:\"|\"\")?(?:[^\"\\]|\\.))*\"\"\""
    r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\")",
    r"(?P<bnode>_:[\w.-]*)",
    r"(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",
    r"(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)",
    r"(?P<punct>\^\^|&&|\|\||!=|<=|>=|.)",
)), re.S)
"""SPARQL's terminals, a little wider than the grammar (any Unicode letter in names): wider
names can only make a keyword glued to a name count as that keyword, never hide one."""

UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})


class SandboxError(QueryError):
    """A query reaches, or would reach, outside the served dataset."""


class UpdateRefused(SandboxError):
    """A SPARQL Update request: this endpoint is read-only."""


class Token(NamedTuple):
    kind: str
    text: str


def tokens(text: str) -> Iterator[Token]:
    """The query's tokens (whitespace and comments left out).

    >>> [t.text for t in tokens("SELECT ?x { <a> ex:b 'c' } # d")]
    ['SELECT', '?x', '{', '<a>', 'ex:b', "'c'", '}']
    """
    pos, end = 0, len(text)
    while pos < end:
        m = TOKEN.match(text, pos)
        if m is None:  # an unterminated string or IRI: the rest is one token
            yield Token("punct", text[pos:])
            return
        pos = m.end()
        kind = m.lastgroup or "punct"
        if kind not in ("ws", "comment"):
            yield Token(kind, m.group())


def _keyword(tok: Token) -> str:
    """The upper-cased word a keyword-like token starts with ('' for others)."""
    if tok.kind == "word":
        return tok.text.upper()
    if tok.kind == "pname":
        return tok.text.split(":", 1)[0].upper()
    return ""


def _resolve(tok: Token, prefixes: dict[str, str], base: str) -> str | None:
    if tok.kind == "iri":
        return urllib.parse.urljoin(base, tok.text[1:-1]) if base else tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def _prologue(toks: list[Token]) -> tuple[dict[str, str], str]:
    """PREFIX and BASE declarations: (prefix -> namespace, base IRI)."""
    prefixes: dict[str, str] = {}
    base = ""
    for i, tok in enumerate(toks[:-1]):
        word = _keyword(tok)
        if word == "BASE" and toks[i + 1].kind == "iri":
            base = urllib.parse.urljoin(base, toks[i + 1].text[1:-1]) if base else toks[i + 1].text[1:-1]
        elif word == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            ns = _resolve(toks[i + 2], prefixes, base) or ""
            prefixes[toks[i + 1].text[:-1]] = ns
    return prefixes, base


def _dataset_target(toks: list[Token], i: int) -> Token | None:
    """The graph token after a FROM-like token at ``i`` (Oxigraph also reads ``FROMNAMED:x``, ``FROMex:x``)."""
    tok = toks[i]
    rest = tok.text[4:]
    if rest.upper().startswith("NAMED"):
        rest = rest[5:]
    if rest:  # glued: FROM:x, FROMNAMEDex:x
        return Token(tok.kind, rest) if tok.kind == "pname" and ":" in rest else None
    j = i + 1
    if j < len(toks) and toks[j].text.upper() == "NAMED":
        j += 1
    return toks[j] if j < len(toks) else None


def dataset_iris(toks: list[Token]) -> list[str | None]:
    """IRIs named by FROM / FROM NAMED (None where one cannot be resolved).

    A dataset clause stands outside every brace and bracket, so a prefixed name such
    as ``fromage:x`` inside a pattern is not taken for one.
    """
    prefixes, base = _prologue(toks)
    found: list[str | None] = []
    depth = 0
    for i, tok in enumerate(toks):
        if tok.kind == "punct" and tok.text in "{([":
            depth += 1
        elif tok.kind == "punct" and tok.text in "})]":
            depth -= 1
        elif depth == 0 and _keyword(tok).startswith("FROM"):
            target = _dataset_target(toks, i)
            found.append(_resolve(target, prefixes, base) if target is not None else None)
    return found


def is_update(toks: list[Token]) -> bool:
    """Whether the first keyword after the prologue starts an update operation."""
    i = 0
    while i < len(toks):
        word = _keyword(toks[i])
        if word == "BASE":
            i += 2
        elif word == "PREFIX":
            i += 3
        else:
            return word in UPDATE_WORDS
    return False


def check(text: str, graphs: set[str]) -> None:
    """Raise :class:`SandboxError` if ``text`` would reach outside the dataset whose named graphs are ``graphs``.

    Oxigraph reads a keyword only as its ASCII letters (no escapes), so a query whose
    upper-cased text holds neither SERVICE nor FROM has neither, and needs no tokens.
    Updates are not checked here: Oxigraph's query parser rejects them
    (:func:`is_update` then tells the caller to answer 403).
    """
    upper = text.upper()
    if "SERVICE" not in upper and "FROM" not in upper:
        return
    toks = list(tokens(text))
    for tok in toks:
        if _keyword(tok).startswith("SERVICE"):
            raise SandboxError("SERVICE (federated query) is not allowed: queries are answered from the local "
                               "dataset only")
    for iri in dataset_iris(toks):
        if iri is None:
            raise SandboxError("FROM / FROM NAMED: the graph name cannot be resolved (use a full IRI of a graph "
                               "of this dataset)")
        if iri not in graphs:
            raise SandboxError(f"FROM / FROM NAMED <{iri}>: not a graph of this dataset (nothing is fetched; "
                               f"see the service description at /sparql for the graphs)")


def update_refused(text: str) -> UpdateRefused | None:
    """The error to answer with when ``text`` is a SPARQL Update request (read-only endpoint)."""
    return UpdateRefused("updates are refused: this endpoint is read-only") if is_update(list(tokens(text))) \
        else None


def check_graph_names(names: list[str], graphs: set[str], param: str) -> None:
    """Protocol ``default-graph-uri`` / ``named-graph-uri`` values must name graphs of the dataset."""
    for name in names:
        if name not in graphs:
            raise SandboxError(f"{param} <{name}>: not a graph of this dataset (nothing is fetched)")


def isolate_network() -> str | None:
    """Leave every network: a new, empty network namespace for this process.

    Call before any thread starts.  Returns None on success, else why not (the
    caller reports it once).
    """
    if not hasattr(os, "fork") or os.uname().sysname != "Linux":
        return "network isolation needs Linux"
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as exc:
        return f"no libc ({exc})"
    for flags in (clone_newnet, clone_newuser | clone_newnet):
        if libc.unshare(flags) == 0:
            return None
    return f"unshare refused ({os.strerror(ctypes.get_errno())})"


def check_local(text: str) -> None:
    """A query on a local graph (``wgec query``): no SERVICE, and no FROM (a local graph has no named
    graphs, and rdflib would fetch what FROM names)."""
    check(text, set())

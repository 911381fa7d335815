"""Exceptions of wgec: one base class, one subclass per kind of failure.

Each message names the file, line or IRI at fault, so that the CLI can print it
as one line; ``exit_code`` is the process exit status the CLI uses (documented in
the README).
"""
from __future__ import annotations

from pathlib import Path


class WgecError(Exception):
    """Base class of every error wgec raises on purpose."""

    exit_code = 1


class InputError(WgecError):
    """Bad input: a missing, unreadable or malformed file or argument."""

    exit_code = 2


class CorpusNotFoundError(InputError):
    """A corpus folder does not exist or holds no documents."""


class DocumentReadError(InputError):
    """A document cannot be read or decoded as UTF-8."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class DataFileError(InputError):
    """A gazetteer or annotation file is broken; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {reason}")
        self.path = Path(path) if not isinstance(path, Path) else path
        self.line = line


class RDFSyntaxError(InputError):
    """A Turtle (or other RDF) file does not parse."""


class ValidationError(WgecError):
    """The built graph does not conform to the SHACL shapes."""

    exit_code = 3

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class QueryError(InputError):
    """A SPARQL query is malformed, unknown or lacks a parameter."""


class EndpointError(WgecError):
    """A SPARQL endpoint is unreachable or answered with an error."""

    exit_code = 4


class SystemRefusedError(WgecError):
    """The system refused what was asked: a port in use, a read-only or full disk, a file where a
    folder is needed, a store another process is writing."""

    exit_code = 5


class ListenError(SystemRefusedError):
    """The server cannot listen on the host and port asked for."""


class StoreBusyError(SystemRefusedError):
    """Another process is writing the same on-disk store."""


class MissingExtraError(WgecError):
    """An optional part of wgec is used without its extra installed; names the extra."""

    exit_code = 2

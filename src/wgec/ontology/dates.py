"""Dates as the ontology writes them: an ``xsd:dateTime`` plus a ``wgec:datePrecision``.

OWL 2 reasoners accept only the datatypes of the OWL 2 datatype map, which has
``xsd:dateTime`` but neither ``xsd:date`` nor ``xsd:gYearMonth``. So a date is the
first instant (midnight, no time zone) of the day, month or year the documents give,
and its subject says how precise that is with ``wgec:datePrecision`` (``time:unitDay``,
``time:unitMonth`` or ``time:unitYear`` of OWL-Time). Day-precision dates still compare
and sort as dates: ``"2013-11-06T00:00:00" < "2013-11-07T00:00:00"``.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import TIME, XSD

DAY: URIRef = TIME.unitDay
MONTH: URIRef = TIME.unitMonth
YEAR: URIRef = TIME.unitYear
PRECISIONS: dict[URIRef, str] = {DAY: "day", MONTH: "month", YEAR: "year"}


@lru_cache(maxsize=4096)
def day_term(value: dt.date) -> Literal:
    """The ``xsd:dateTime`` of a day (day precision); made once per day (every proposal of a
    document carries its date, and rdflib checks a dateTime's lexical form on each Literal).

    >>> day_term(dt.date(2013, 11, 6)).n3()
    '"2013-11-06T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>'
    """
    return Literal(f"{value.isoformat()}T00:00:00", datatype=XSD.dateTime)


def month_term(year: int, month: int) -> Literal:
    """The ``xsd:dateTime`` standing for a month (month precision): its first instant.

    >>> str(month_term(2013, 5))
    '2013-05-01T00:00:00'
    """
    return day_term(dt.date(year, month, 1))


def year_term(year: int) -> Literal:
    """The ``xsd:dateTime`` standing for a year (year precision): its first instant.

    >>> str(year_term(2013))
    '2013-01-01T00:00:00'
    """
    return day_term(dt.date(year, 1, 1))


def as_text(value: Literal, precision: URIRef | None = DAY) -> str:
    """A date as people write it at its precision: ``2013-11-06``, ``2013-05`` or ``2013``.

    >>> as_text(month_term(2013, 5), MONTH)
    '2013-05'
    """
    length = {YEAR: 4, MONTH: 7}.get(precision, 10) if precision is not None else 10
    return str(value)[:length]

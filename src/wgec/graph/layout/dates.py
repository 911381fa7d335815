"""Dates as UN texts write them: day before month ("05-12-2016" is 5 December).

Ranges such as "26-27 January 2017" give a meeting's first and last day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"

# the months in French ("les 26 et 27 septembre 2016") and Spanish ("los días 26 y 27 de septiembre de 2016"), as a
# francophone or hispanophone contribution dates a meeting
FRENCH = {m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                      "septembre", "octobre", "novembre", "décembre"], 1)}
SPANISH = {m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"], 1)} | {"setiembre": 9}
ABBREVIATED = {**MONTHS, **{m[:3]: i for m, i in MONTHS.items()}, "sept": 9, **FRENCH, **SPANISH}
_ANY_MONTH = r"(?:" + "|".join(sorted(ABBREVIATED, key=len, reverse=True)) + r")(?![a-zà-ÿ])\.?"
# "26-27 January 2017", "3-5 May 2017", "30 September 2016", "6-8 November 2013", "26 and 27 September 2016",
# "26 to 28 Sept. 2016", "30 September - 2 October 2016", "26 y 27 de septiembre de 2016"
DAY_RANGE_RE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_ANY_MONTH}))?(?:\s*(?:[-–]|\band\b|\bto\b|\bet\b|\bau\b|\by\b|\bal\b)\s*"
    rf"(?P<d2>\d{{1,2}}))?(?:\s+de)?\s+(?P<m2>{_ANY_MONTH})(?:\s+de)?\s+(?P<year>\d{{4}})\b", re.I)
# "January 29-31, 2018", "September 25, 2017", "May 3 to 5, 2017": the month first, as American English writes it
MONTH_FIRST_RE = re.compile(
    rf"\b(?P<m>{_ANY_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:[-–]|\band\b|\bto\b)\s*"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?P<year>\d{{4}})\b", re.I)
# "14.11.2013", "05-12-2016", "05/12/2016": day, month, year
NUMERIC_RE = re.compile(r"\b(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\b")
# "May 2013" (no day)
MONTH_YEAR_RE = re.compile(rf"(?<!\d\s)\b{_MONTH}\s+(\d{{4}})\b", re.I)


@dataclass(frozen=True)
class DateSpan:
    """A date or a range of days found in a text, at ``start:end`` of that text."""

    first: dt.date
    last: dt.date
    start: int
    end: int


def _date(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _month(name: str) -> int:
    return ABBREVIATED[name.rstrip(".").lower()]


def find_dates(text: str) -> list[DateSpan]:
    """Every full date or day range in ``text``, in order.

    >>> [(d.first.isoformat(), d.last.isoformat()) for d in find_dates("held on 6-8 November 2013")]
    [('2013-11-06', '2013-11-08')]
    >>> [(d.first.day, d.last.day) for d in find_dates("held on 26 and 27 Sept. 2016; from 26 to 28 September 2016")]
    [(26, 27), (26, 28)]
    >>> [(d.first.isoformat(), d.last.isoformat()) for d in find_dates("30 September-2 October 2016")]
    [('2016-09-30', '2016-10-02')]
    >>> find_dates("Date: 05-12-2016")[0].first
    datetime.date(2016, 12, 5)
    >>> [(d.first.isoformat(), d.last.day) for d in find_dates("tenue à Genève les 26 et 27 septembre 2016")]
    [('2016-09-26', 27)]
    >>> [(d.first.isoformat(), d.last.day) for d in find_dates("celebrada los días 26 y 27 de septiembre de 2016")]
    [('2016-09-26', 27)]
    >>> [(d.first.isoformat(), d.last.day) for d in find_dates("at its fifth meeting (January 29-31, 2018)")]
    [('2018-01-29', 31)]
    """
    found: list[DateSpan] = []
    for m in DAY_RANGE_RE.finditer(text):
        if m.group("m1") and not m.group("d2"):
            continue  # "5 May 2017" read as day, month, then a stray month: not a date
        month = _month(m.group("m2"))
        first = _date(m.group("year"), _month(m.group("m1")) if m.group("m1") else month, m.group("d1"))
        last = _date(m.group("year"), month, m.group("d2")) if m.group("d2") else first
        if first and last and last >= first:
            found.append(DateSpan(first, last, m.start(), m.end()))
    for m in MONTH_FIRST_RE.finditer(text):
        first = _date(m.group("year"), _month(m.group("m")), m.group("d1"))
        last = _date(m.group("year"), _month(m.group("m")), m.group("d2")) if m.group("d2") else first
        if first and last and last >= first and not any(f.start <= m.start() < f.end for f in found):
            found.append(DateSpan(first, last, m.start(), m.end()))
    for m in NUMERIC_RE.finditer(text):
        day = _date(m.group(3), int(m.group(2)), m.group(1)) if 1 <= int(m.group(2)) <= 12 else None
        if day and not any(f.start <= m.start() < f.end for f in found):
            found.append(DateSpan(day, day, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``, or None.

    >>> parse_date("(12 December 2013)")
    datetime.date(2013, 12, 12)
    """
    dates = find_dates(text)
    return dates[0].first if dates else None


def find_month_years(text: str) -> list[tuple[int, int, int, int]]:
    """(year, month, start, end) of month-and-year mentions without a day: "May 2013"."""
    out = []
    for m in MONTH_YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 3):m.start()]
        if re.search(r"\d\s*$", before):
            continue
        out.append((int(m.group(2)), MONTHS[m.group(1).lower()], m.start(), m.end()))
    return out

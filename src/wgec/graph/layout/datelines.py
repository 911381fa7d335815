"""A document's own date, in any of the forms documents write it, with its precision.

"7 December 2016", "7th of December, 2016", "December 7, 2016", "07.12.2016", "7/12/2016"
(day first, as the UN writes it, unless the second number cannot be a month), "2016-12-07",
"2016/12/07", and a Spanish or French date line ("7 de diciembre de 2016", "7 décembre 2016")
are days; "Dec 2016", "January 2017" are months; a bare "2016" after a date label is a
year.  :func:`stated_date` reads the first such date of a string; :func:`date_line` says
whether a whole line is a date line ("Date: ...", "Publication date: December 2016",
"Geneva, 16 December 2010", "7 December 2016"), which is how front matter states it.
Running text ("held on 6-8 November 2013") is not a document's date: that is for
:mod:`wgec.graph.layout.dates` and the meeting facts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

#: How much of a date a document gives.
Precision = Literal["day", "month", "year"]

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
# the months of a Spanish or French date line over an English text ("15 de marzo de 2017", "1er mars 2017")
MONTHS.update({name: i for i, names in enumerate(
    [("enero", "janvier"), ("febrero", "février"), ("marzo", "mars"), ("abril", "avril"), ("mayo", "mai"),
     ("junio", "juin"), ("julio", "juillet"), ("agosto", "août"), ("septiembre", "setiembre", "septembre"),
     ("octubre", "octobre"), ("noviembre", "novembre"), ("diciembre", "décembre")], 1) for name in names})
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")  # "15.III.2017"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
PATTERNS: tuple[tuple[Precision, re.Pattern[str]], ...] = (
    ("day", re.compile(rf"\b{_YEAR}(?P<sep>[-/.])(?P<mon>\d{{1,2}})(?P=sep){_DAY}\b")),
    ("day", re.compile(rf"\b{_DAY}(?:\s+(?:of|de))?\s+{_MONTH}(?![a-z]),?(?:\s+de)?\s+{_YEAR}\b", re.I)),
    ("day", re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I)),  # "15-Mar-2017", as spreadsheets and forms write it
    ("day", re.compile(rf"\b{_DAY}(?P<rsep>[. /])(?P<roman>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=rsep){_YEAR}\b")),
    ("day", re.compile(rf"\b{_MONTH}(?![a-z])\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("day", re.compile(rf"\b{_DAY}[./-](?P<mon>\d{{1,2}})[./-]{_YEAR}\b")),
    ("month", re.compile(rf"(?<![\d\-–]\s)(?<![\d\-–])\b{_MONTH}(?![a-z]),?\s+{_YEAR}\b", re.I)),
)
# a day range ("26-27 January 2017", "3 to 5 May 2017", "26 and 27 May") dates a meeting, not a document
RANGE_RE = re.compile(rf"\d{{1,2}}\s*(?:[-–]|to|and)\s*\d{{1,2}}\s+{_MONTH}", re.I)
LABEL_RE = re.compile(
    r"^\W*+(?P<label>(?:Date\s+of\s+(?:publication|submission|issue)|Publication\s+date|Published(?:\s+on)?|"
    r"Issued(?:\s+on)?|Submission\s+date|Date\s+submitted|Submitted\s+on|Dated?|(?:Sent|Received)(?:\s+on)?|Last\s+updated|"
    r"Posted(?:\s+on)?))\W*?\s*[:\t]\s*(?P<value>.+?)\s*$|"
    r"^\W*+(?P<label2>Timestamp|(?:Posted|Submitted|Published|Issued|Received|Sent)(?:\s+by\s+[A-Z][\w.'’ -]{1,60}?)?"
    r"\s+on|Dated|(?:Submitted|Received|Revised|Updated)\s*:"  # "Submitted: 2017-12-04" (not "Submitted: Kenya")
    r"|(?:(?:Revised\s+)?[Vv]ersion|Revision|Status)\s+(?:of|as\s+(?:of|at))"  # "Version of 14 February 2014"
    r"|Done\s+(?:at|in)\s+[A-Z][\w'’ -]{1,30}?,?\s+(?:on|this)"  # a declaration's "Done at Tallinn on 30 October 2017"
    r"|(?:Version|Draft|Revision|Rev\.)\s+\d{1,2}(?:\.\d{1,2})*\s*(?:--|[–—,]|-(?=\s))"  # "Version 1.1 -- 2017-01-27"
    r"|(?:Submitted|Sent|Transmitted|Presented)\s+to\s+[^,\d]{2,80}?(?:,|\s+on))\s+"  # "Submitted to the CSTD, 8 ..."
    r"(?P<value2>\d.+?|[A-Z][a-z]+\.?\s+\d.+?)\s*$", re.I)
AFTER_DATE_RE = re.compile(r",\s+(?=[^\W\d])|\s+\(")  # what a labelled date's line says after the date
# "Geneva, 16 December 2010", "New York, December 2016", "Wednesday, 7 December 2016", "7 December 2016."
# (a French one: "Dakar, le 28 novembre 2016", "Fait à Dakar, le ..."; a weekday without its comma)
PLACE_OR_DAY = r"(?:(?:Fait\s+[àa]\s+)?[A-Z][\w.' -]{1,30},\s*)?(?:le\s+)?" \
               r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
# "Federal Office of Communications (OFCOM), Bern, ": up to three names or places, each of capitalised words
# (with "of", "and"... between them and an acronym in brackets), before the date of a by-line
_NAME_WORD = r"(?:[A-Z][\w.'’&-]*|\([A-Z][\w&.-]+\)|of|for|and|the|on|in|de|du|des|la)"
NAMES_AND_PLACE_RE = re.compile(rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,7}},\s*){{1,3}}")
YEAR_ONLY_RE = re.compile(rf"^{_YEAR}$")
# a series' issue number before the date of the issue: "No. 7 / January 2018", "Issue 3, March 2017", "Vol. 2, No. 4 –"
# (the series' name before it when a web page runs them together: "POLICY BRIEF SERIES No. 7 / January 2018")
ISSUE_RE = re.compile(r"(?:[A-Z][\w&'’-]*+\s++){0,10}?(?:Vol(?:\.|ume)?\s*\d{1,3},?\s*)?(?i:No\.?|Number|Issue)\s*"
                      r"\d{1,3}\s*[/,|–—-]?\s*")
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s|$)|\b\d{1,2}\s*[ap]\.m\.", re.I)


@dataclass(frozen=True)
class StatedDate:
    """A date a text states, at ``start:end`` of that text."""

    value: dt.date
    precision: Precision
    start: int
    end: int


def _make(precision: Precision, m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    year = int(groups["year"])
    month = MONTHS[groups["month"].lower()] if groups.get("month") else \
        ROMAN_MONTHS.index(groups["roman"]) + 1 if groups.get("roman") else int(groups.get("mon") or 0)
    day = int(groups["day"]) if precision == "day" else 1
    if precision == "day" and groups.get("mon") and not groups.get("month") and not groups.get("sep") \
            and month > 12 >= day:  # "12/25/2016": the second number cannot be a month, so month first
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def stated_dates(text: str) -> list[StatedDate]:
    """Every date ``text`` states, in order; where two forms overlap, the one that starts
    first and is longest (so "7 December 2016" is a day, not the month "December 2016").

    >>> [(d.value.isoformat(), d.precision) for d in stated_dates("7 Dec 2016; 2016-12-08; January 2017")]
    [('2016-12-07', 'day'), ('2016-12-08', 'day'), ('2017-01-01', 'month')]
    >>> [d.value.isoformat() for d in stated_dates("07.12.2016, 7/12/2016, 12/25/2016, December 7, 2016")]
    ['2016-12-07', '2016-12-07', '2016-12-25', '2016-12-07']
    >>> [d.value.isoformat() for d in stated_dates("2017/03/15, 15 de marzo de 2017, 1er mars 2017, March 6th, 2017")]
    ['2017-03-15', '2017-03-15', '2017-03-01', '2017-03-06']
    >>> [d.value.isoformat() for d in stated_dates("15-Mar-2017, 15.III.2017, 15 XII 2017")]
    ['2017-03-15', '2017-03-15', '2017-12-15']
    """
    found: list[StatedDate] = []
    for precision, pattern in PATTERNS:
        for m in pattern.finditer(text):
            value = _make(precision, m)
            if value is not None:
                found.append(StatedDate(value, precision, m.start(), m.end()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[StatedDate] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


def stated_date(text: str) -> StatedDate | None:
    """The first date ``text`` states, or None.

    >>> stated_date("Publication date: December 2016")
    StatedDate(value=datetime.date(2016, 12, 1), precision='month', start=18, end=31)
    """
    dates = stated_dates(text)
    return dates[0] if dates else None


def labelled_date(line: str) -> tuple[str, StatedDate | None] | None:
    """For a labelled date line ("Date: 05-12-2016", "Publication date: December 2016",
    "Timestamp<TAB>6/7/2013 10:24:33"): the label and the date at offsets of ``line``
    (None when the value is not a date); None when the line has no date label.

    >>> labelled_date("Date: 2016")
    ('Date', StatedDate(value=datetime.date(2016, 1, 1), precision='year', start=6, end=10))
    >>> labelled_date("Date: tomorrow")
    ('Date', None)
    >>> labelled_date("Posted on December 16, 2010 by Jane Roe")[1].value
    datetime.date(2010, 12, 16)
    >>> [labelled_date(t)[1].value for t in ("Submitted on 7 December 2016", "*Posted by Jane Roe on 12 Jan 2017*")]
    [datetime.date(2016, 12, 7), datetime.date(2017, 1, 12)]
    >>> labelled_date("Submitted: 2017-12-04")[1].value, labelled_date("Submitted: Kenya")
    (datetime.date(2017, 12, 4), None)
    >>> labelled_date("Submitted to the CSTD secretariat, 8 December 2017")[1].value
    datetime.date(2017, 12, 8)
    >>> labelled_date("Version of 14 February 2014, for the third meeting (Geneva, 24-26 February 2014)")[1].value
    datetime.date(2014, 2, 14)
    """
    m = LABEL_RE.match(line)
    if m is None:
        return None
    key = "value" if m.group("value") is not None else "value2"
    value, at, label = m.group(key), m.start(key), m.group("label") or m.group("label2")
    if key == "value2":  # "Version of 14 February 2014, for the third meeting (Geneva, 24-26 February 2014)"
        value = AFTER_DATE_RE.split(value, maxsplit=1)[0]
    if RANGE_RE.search(value):
        return label, None
    found = stated_date(value)
    if found is not None:
        return label, StatedDate(found.value, found.precision, at + found.start, at + found.end)
    year = YEAR_ONLY_RE.match(value.strip(" .*_"))
    if year is not None:
        start = at + value.find(year.group(0))
        return label, StatedDate(dt.date(int(year.group(0)), 1, 1), "year", start, start + 4)
    return label, None


def date_line(line: str) -> StatedDate | None:
    """The date of a line that is nothing but a date, maybe with a place or a weekday before it
    ("Geneva, 16 December 2010", "**7 December 2016**", "December 2016"): not a range (a
    meeting's days), not a time of day (an event).

    >>> date_line("Geneva, 16 December 2010").value, date_line("held on 16 December 2010") is None
    (datetime.date(2010, 12, 16), True)
    >>> date_line("26-27 January 2017") is None, date_line("30 September 2016, 10 a.m.") is None
    (True, True)
    >>> date_line("**Federal Office of Communications (OFCOM), Bern, March 6th, 2017**").value
    datetime.date(2017, 3, 6)
    >>> date_line("The Group met in Geneva, Switzerland, on 6 March 2017") is None
    True
    >>> date_line("Dakar, le 28 novembre 2016").value, date_line("Fait à Genève, le 1er septembre 2017").value
    (datetime.date(2016, 11, 28), datetime.date(2017, 9, 1))
    >>> date_line("No. 7 / January 2018").value, date_line("Issue 3, 15 March 2017").value
    (datetime.date(2018, 1, 1), datetime.date(2017, 3, 15))
    >>> date_line("GLOBAL DIGITAL POLICY BRIEF SERIES No. 7 / January 2018").value
    datetime.date(2018, 1, 1)
    >>> date_line("Meeting no. 3 on 5 May 2017") is None
    True
    """
    bare = line.strip().strip("*_#").strip()
    if " · " in bare:  # a web page's line of parts: "Contribution to the second meeting · Montevideo, 30.01.2017"
        found = date_line(bare.rsplit(" · ", 1)[1])
        at = line.rfind(" · ") + 3
        return None if found is None else StatedDate(found.value, found.precision, at + found.start, at + found.end)
    if not bare or len(bare) > 100 or RANGE_RE.search(bare) or TIME_RE.search(bare):
        return None
    found = stated_date(bare)
    if found is None or bare[found.end:].strip(" .,;)") and not AUTHOR_AFTER_DATE_RE.fullmatch(bare, found.end):
        return None  # (a blog's "February 2, 2017 by Daniel Okoro": the date, then who wrote it)
    before = bare[:found.start]
    if not (len(bare) <= 60 and re.fullmatch(PLACE_OR_DAY, before) or ISSUE_RE.fullmatch(before)
            or NAMES_AND_PLACE_RE.fullmatch(before)):
        return None
    at = line.find(bare)
    return StatedDate(found.value, found.precision, at + found.start, at + found.end)


AUTHOR_AFTER_DATE_RE = re.compile(r"\s+(?:by|[|–—])\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*")
# a meeting named on a line: a date next to it is the meeting's, not the document's
# a title that names a meeting the document was written before or after: the date under it is the document's
WRITTEN_AROUND_RE = re.compile(r"\b(?:following|after|since|before|ahead\s+of|in\s+preparation\s+for)\s+(?:the|its)\s+"
                               r"(?:[\w-]+\s+){0,3}(?:meeting|session)", re.I)
EVENT_RE = re.compile(r"\b(?:meeting|session|consultations?|conference|workshop|forum|summit|room|palais)\b", re.I)


def closing_date(lines: list[tuple[int, int, str]], tail: int = 6) -> tuple[StatedDate, int] | None:
    """A date line or labelled date among the last ``tail`` non-blank lines (a letter's
    "Geneva, 7 December 2016"), with its line number."""
    seen = 0
    for n in range(len(lines), 0, -1):
        _, offset, text = lines[n - 1]
        if not text.strip():
            continue
        seen += 1
        if seen > tail:
            return None
        labelled = labelled_date(text)
        found = labelled[1] if labelled else date_line(text) or footer_date(text)
        if found is not None and not EVENT_RE.search(text):
            return StatedDate(found.value, found.precision, offset + found.start, offset + found.end), n
    return None


FOOTER_SEP_RE = re.compile(r"\s++[|·•–-]\s++|\s{3,}+")
PAGE_NUMBER_RE = re.compile(r"(?:page\s+)?\d{1,3}(?:\s+(?:of|/)\s+\d{1,3})?", re.I)


def footer_date(line: str) -> StatedDate | None:
    """The date of a page's footer, a page number beside it ("March 2017 | Page 2", "15 March 2017      3").

    >>> footer_date("      March 2017 | Page 2")
    StatedDate(value=datetime.date(2017, 3, 1), precision='month', start=6, end=16)
    >>> footer_date("Geneva | Page 2"), footer_date("March 2017 | the second meeting")
    (None, None)
    """
    parts, pos = [], 0
    for m in FOOTER_SEP_RE.finditer(line.rstrip()):
        parts.append((pos, line[pos:m.start()]))
        pos = m.end()
    parts.append((pos, line[pos:].rstrip()))
    parts = [(at, text) for at, text in parts if text.strip()]
    if len(parts) != 2 or not any(PAGE_NUMBER_RE.fullmatch(text.strip()) for _, text in parts):
        return None
    for at, text in parts:
        if not PAGE_NUMBER_RE.fullmatch(text.strip()) and (found := date_line(text)) is not None:
            return StatedDate(found.value, found.precision, at + found.start, at + found.end)
    return None


# what parts a by-line's names from the date that ends it: "X, 5 December 2016", "X on 5 December 2016",
# "X (5 December 2016)", "X - 5 December 2016", "X; dated 5 December 2016"
_BEFORE_TRAILING_DATE_RE = re.compile(r"(?:\s*[,;]|\s+[-–—]|\s*[(\[])?\s*(?:\b(?:on|dated)\s+)?$", re.I)
_AFTER_TRAILING_DATE_RE = re.compile(r"[)\].\s]*$")


def trailing_date(text: str) -> tuple[int, StatedDate] | None:
    """The date that ends a by-line and where the names before it end, or None.

    >>> end, date = trailing_date("the Internet Governance Caucus, 5 December 2016")
    >>> "the Internet Governance Caucus, 5 December 2016"[:end], date.value.isoformat()
    ('the Internet Governance Caucus', '2016-12-05')
    >>> [trailing_date(t)[0] for t in ("Japan on 5 December 2016", "Japan (December 2016)", "Japan — 5.12.2016")]
    [5, 5, 5]
    >>> trailing_date("Japan"), trailing_date("The 5 December 2016 group of Japan")
    (None, None)
    """
    dates = stated_dates(text)
    if not dates or not _AFTER_TRAILING_DATE_RE.fullmatch(text, dates[-1].end):
        return None
    last = dates[-1]
    head = text[:last.start]
    before = _BEFORE_TRAILING_DATE_RE.search(head)
    if before is None or not head[:before.start()].strip():
        return None
    return before.start(), last

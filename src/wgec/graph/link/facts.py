"""Facts stated in running text: meetings with their dates, chairs, the meeting a
document was prepared for, and which working group a document belongs to.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wgec.graph.layout.datelines import WRITTEN_AROUND_RE
from wgec.graph.layout.dates import MONTHS, DateSpan, find_dates, find_month_years
from wgec.graph.layout.model import ParsedDocument
from wgec.graph.link.gazetteer import Entity, Gazetteer, Mention

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "forth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
            "première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "seconde": 2, "troisième": 3, "troisieme": 3,
            "quatrième": 4, "quatrieme": 4, "cinquième": 5, "cinquieme": 5,
            "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5}
ORDINAL_WORDS = {v: k for k, v in reversed(list(ORDINALS.items()))}
_ORD = r"(first|second|third|fourth|forth|fifth|sixth|seventh|eighth|\d(?:st|nd|rd|th))"
ORD_MEETING_RE = re.compile(
    rf"\b{_ORD}\s+(?:\(and last\)\s+|and (?:final|last)\s+|organizational\s+|organisational\s+)?(?:WGEC\s+)?"
    rf"meeting\b|\bmet\s+for\s+the\s+{_ORD}\s+time\b|"
    r"\b(premi[eè]re|deuxi[eè]me|seconde|troisi[eè]me|quatri[eè]me|cinqui[eè]me|primera|segunda|tercera|cuarta|quinta)"
    r"\s+r(?:[ée]union|euni[oó]n)\b", re.I)  # in French and Spanish
PREPARED_FOR_RE = re.compile(
    rf"(?:preparation\s+for|contributions?\b.*?\bto|for)\s+(?:the\s+)?{_ORD}\s+(?:WGEC\s+)?meeting", re.I)
CHAIR_RE = re.compile(
    r"(?:(?P<title>Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.)\s+)?(?P<name>(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+),\s+"
    r"from\s+(?P<country>[A-Z][A-Za-z ]+?),\s+was\s+(?:elected|appointed)\s+Chair")
ELECTED_RE = re.compile(r"was\s+(?:elected|appointed)\s+Chair")
CHAIR_WINDOW = 200  # characters before "was elected Chair" that hold the title, name and country
RESPONDS_RE = re.compile(
    r"^(?:Comments?|Response|Reply)\s+(?:to|on)\s+the\s+(?P<what>.+?)\s+of\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})", re.I)
PLACE_RE = re.compile(r"\bin\s+(Geneva|New York|Paris|Tunis|Vienna)(?:,\s*(Switzerland|USA|France|Tunisia|Austria))?")
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# "until our next meeting in February": the meeting after the last one the text named, in that month
NEXT_MEETING_RE = re.compile(rf"\bnext\s+(?:WGEC\s+)?meeting\s+(?:will\s+be\s+held\s+)?(?:in|on)\s+{_MONTH}"
                             r"(?:\s+(?P<year>\d{4}))?\b", re.I)
CONTEXT = 2000  # characters before "next meeting" searched for the meeting it follows and the date of the text
# "held in Geneva, Switzerland", "at the Palais des Nations, Geneva, ": a country named as a venue's
VENUE_BEFORE_RE = re.compile(
    r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+|\b(?:Geneva|New\s+York|Paris|Tunis|Vienna|"
    r"Nairobi|Baku|Bali|Istanbul|Vilnius|Berlin|Guadalajara|Rio\s+de\s+Janeiro|Sharm\s+El\s+Sheikh))\s*,\s*$")


@dataclass(frozen=True)
class MeetingFact:
    ordinal: int
    year: int
    first: dt.date | None
    last: dt.date | None
    month: tuple[int, int] | None
    place: str | None
    start: int  # evidence span in the source
    end: int


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.;!?])[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s+(?=[A-Z(“\"])|\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def find_meetings(doc: ParsedDocument) -> list[MeetingFact]:
    """Meetings whose dates the text gives, in a list ("held five meetings ...: d1; d2; ...")
    or one by one ("the second meeting of the WGEC held on 6-8 November 2013 in Geneva")."""
    text = re.sub(r"~~.*?~~", lambda m: " " * len(m.group(0)), doc.source.text, flags=re.S)
    facts: list[MeetingFact] = []
    spans = _sentences(text)
    for k, (s, e) in enumerate(spans):
        sentence = text[s:e]
        dates = find_dates(sentence)
        place_m = PLACE_RE.search(sentence)
        place = place_m.group(1) if place_m else None
        if re.search(r"\bmeetings\b", sentence, re.I) and len(dates) >= 2:
            for i, d in enumerate(dates, 1):
                facts.append(MeetingFact(i, d.first.year, d.first, d.last, None, place, s + d.start, s + d.end))
            continue
        for m in ORD_MEETING_RE.finditer(sentence):
            ordinal = ORDINALS[next(g for g in m.groups() if g).lower()]
            after = [d for d in dates if m.end() <= d.start <= m.end() + 80]
            if not dates and k + 1 < len(spans) and (line := _date_line_under(text, sentence, spans[k + 1])):
                after, s = line  # "Report of the first meeting of the WGEC" / "Geneva, 26-27 September 2016"
            if after:
                d = after[0]
                facts.append(MeetingFact(ordinal, d.first.year, d.first, d.last, None, place, s + d.start, s + d.end))
                break
            months = [my for my in find_month_years(sentence) if my[2] >= m.end()]
            if months and not dates:
                year, month, ms, me = months[0]
                facts.append(MeetingFact(ordinal, year, None, None, (year, month), place, s + ms, s + me))
                break
    return facts + _next_meetings(text)


def _date_line_under(text: str, line: str, below: tuple[int, int]) -> tuple[list[DateSpan], int] | None:
    """The dates of a short line of a place and days ("Geneva, 26-27 September 2016") standing under a line
    that names a meeting (a title of one line, or of two a narrow page wrapped; not a sentence), and where that
    line starts."""
    s, e = below
    if WRITTEN_AROUND_RE.search(line):  # "Written comments of Sweden following the third meeting" / its own date
        return None
    if line.strip().count("\n") > 1 or len(line.split()) > 20 or line.rstrip().endswith((".", "!", "?")) or e - s > 60 \
            or "\n" in text[s:e].strip():
        return None
    dates = find_dates(text[s:e])
    return (dates, s) if dates and dates[0].start <= 20 and not text[s:e][dates[0].end:].strip(" .") else None


def _next_meetings(text: str) -> list[MeetingFact]:
    """"... our 2nd Meeting ... until our next meeting in February", in a message dated
    14.11.2013: the third meeting, February 2014 (month precision).  The meeting it follows is
    the last one named before it, the year that of the last date before it (the message's)."""
    facts: list[MeetingFact] = []
    for m in NEXT_MEETING_RE.finditer(text):
        window = text[max(0, m.start() - CONTEXT):m.start()]
        named = [ORDINALS[next(g for g in x.groups() if g).lower()] for x in ORD_MEETING_RE.finditer(window)]
        dates = find_dates(window)
        if not named or not (m.group("year") or dates):
            continue
        month = MONTHS[m.group(1).lower()]
        if m.group("year"):
            year = int(m.group("year"))
        else:
            ref = dates[-1].last
            year = ref.year if month > ref.month else ref.year + 1
        facts.append(MeetingFact(named[-1] + 1, year, None, None, (year, month), None, m.start(), m.end()))
    return facts


def drop_venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of ``text`` less the countries named as a venue ("held in Geneva,
    Switzerland"): a place, not the Government of Switzerland taking part.

    >>> from wgec.graph.link.gazetteer import load_gazetteer
    >>> text = "the meeting held on 6-8 November 2013 in Geneva, Switzerland, and Switzerland's view"
    >>> [(m.written, m.start) for m in drop_venues(text, load_gazetteer().find_mentions(text))]
    [('Switzerland', 66)]
    """
    return [m for m in mentions if not (m.entity.type == "Government"
                                        and VENUE_BEFORE_RE.search(text[max(0, m.start - 60):m.start]))]


def working_groups(gazetteer: Gazetteer) -> list[Entity]:
    """Working groups told apart by period (the two WGECs)."""
    return [e for e in gazetteer.entities if e.type == "WorkingGroup" and e.period and "WGEC" in e.aliases]


def group_for_year(gazetteer: Gazetteer, year: int | None) -> Entity | None:
    for wg in working_groups(gazetteer):
        if year is not None and wg.period and wg.period[0] <= year <= wg.period[1]:
            return wg
    return None


def era_year(doc: ParsedDocument, gazetteer: Gazetteer) -> int | None:
    """The year that tells which working group a document belongs to: its date, else the
    latest date in its text or the start of a working group it names unambiguously."""
    if doc.date:
        return doc.date.year
    years = [d.first.year for d in find_dates(doc.source.text)]
    for m in gazetteer.find_mentions(doc.source.text):
        if m.entity in working_groups(gazetteer) and m.entity.period and len(gazetteer.candidates(m.written)) == 1 \
                and not m.written.lower().startswith(("previous", "20")):
            years.append(m.entity.period[0])
    return max(years) if years else None


def prepared_for(doc: ParsedDocument) -> int | None:
    """Ordinal of the meeting the document was submitted for, from its subject or title."""
    for text in (doc.subject, doc.title):
        m = PREPARED_FOR_RE.search(text or "")
        if m:
            return ORDINALS[m.group(1).lower()]
    return None


def find_chairs(doc: ParsedDocument) -> list[tuple[str, str | None, str, int, int]]:
    """(name, title, country, start, end) of "X, from Y, was elected Chair" statements.

    The full pattern tries every capitalised word of the text; it is run only on the lines
    before each "was elected/appointed Chair" (found first, in one cheap scan)."""
    text, found = doc.source.text, []
    for cue in ELECTED_RE.finditer(text):
        window = max(0, cue.start() - CHAIR_WINDOW)
        window = text.find(" ", window) + 1 if window else 0  # from a word's start, not inside one
        ending_here = [m for m in CHAIR_RE.finditer(text, window, cue.end()) if m.end() == cue.end()]
        if ending_here:
            m = ending_here[0]
            found.append((m.group("name"), m.group("title"), m.group("country"), m.start(), m.end()))
    return found


def responds_to(doc: ParsedDocument) -> tuple[str, dt.date] | None:
    """("Chairman's initial proposal", 2017-11-11) for a document titled "Comments to the Chairman's
    initial proposal of 11 November 2017"."""
    m = RESPONDS_RE.match(doc.title or "")
    if not m:
        return None
    dates = find_dates(m.group("date"))
    return (m.group("what"), dates[0].first) if dates else None

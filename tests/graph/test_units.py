"""Small pure functions: dates, references, names, gazetteer, markup."""
from __future__ import annotations

import datetime as dt

import pytest

from wgec.errors import DataFileError
from wgec.graph.ingest.markup import clean_text, find_strikes
from wgec.graph.layout.dates import find_dates, parse_date
from wgec.graph.layout.names import split_names
from wgec.graph.layout.references import expand
from wgec.graph.link.citations import find_citations
from wgec.graph.link.gazetteer import load_gazetteer, parse_gazetteer


@pytest.mark.parametrize("text,expected", [
    ("Date: 05-12-2016", dt.date(2016, 12, 5)),  # day-month-year, as UN texts write it
    ("Date: 14.11.2013 15:21", dt.date(2013, 11, 14)),
    ("(12 December 2013)", dt.date(2013, 12, 12)),
    ("(08 November 2013):", dt.date(2013, 11, 8)),
])
def test_dates_read_day_first(text, expected):
    assert parse_date(text) == expected


def test_day_ranges():
    d = find_dates("5 meetings: 30 September 2016, 26-27 January 2017; 3-5 May 2017")
    assert [(x.first.isoformat(), x.last.isoformat()) for x in d] == [
        ("2016-09-30", "2016-09-30"), ("2017-01-26", "2017-01-27"), ("2017-05-03", "2017-05-05")]


@pytest.mark.parametrize("numbers,expected", [
    ("35 - 37", [35, 36, 37]),
    ("58-60, 69-71", [58, 59, 60, 69, 70, 71]),
    ("69 to 71", [69, 70, 71]),
    ("67 through 75", list(range(67, 76))),
    ("69 and 71", [69, 71]),
])
def test_ranges_expand_to_one_paragraph_each(numbers, expected):
    assert [n for n, _ in expand(numbers)] == expected


def test_citation_instrument_is_the_one_named_after_or_before():
    gaz = load_gazetteer()
    text = ("including para 49 of the Geneva Declaration of Principles and paras 35 - 37, 58-60 of the "
            "Tunis Agenda. The Tunis Agenda in § 69 recognized. It cites item 35a) of the Tunis agenda.")
    cites = find_citations(text, [m for m in gaz.find_mentions(text) if m.entity.type == "Instrument"])
    got = [(c.instrument.slug, c.paragraph, c.sub) for c in cites]
    assert ("instrument/geneva-declaration", 49, None) in got
    assert ("instrument/tunis-agenda", 36, None) in got
    assert ("instrument/tunis-agenda", 69, None) in got
    assert ("instrument/tunis-agenda", 35, "a") in got
    assert all(not (slug.endswith("geneva-declaration") and n != 49) for slug, n, _ in got)


def test_names_split_on_commas_and_and():
    names = [a.name for a in split_names("SAUDI ARABIA, RUSSIAN FEDERATION, PAKISTAN AND PARMINDER SINGH", 0)]
    assert names == ["SAUDI ARABIA", "RUSSIAN FEDERATION", "PAKISTAN", "PARMINDER SINGH"]


def test_alias_resolution_keeps_odd_spelling():
    gaz = load_gazetteer()
    (m,) = gaz.find_mentions("UNDECA, WHO")[:1]
    assert m.entity.slug == "org/un-desa" and m.is_odd_spelling and m.written == "UNDECA"
    assert gaz.lookup("the Russian Federation").slug == "gov/russian-federation"
    assert gaz.lookup("RUSSIAN FEDERATION").wikidata == "Q159"


def test_ambiguous_wgec_resolved_by_period():
    gaz = load_gazetteer()
    assert gaz.find_mentions("the WGEC", 2013)[0].entity.slug == "wg/wgec-2013-2014"
    assert gaz.find_mentions("the WGEC", 2017)[0].entity.slug == "wg/wgec-2016-2018"
    assert gaz.find_mentions("the WGEC", None) == []


def test_lowercase_who_is_not_the_world_health_organization():
    assert load_gazetteer().find_mentions("those who participate") == []


@pytest.mark.parametrize("text,line,message", [
    ("id,type\n", 1, "header"),
    ("id,type,label,aliases,odd_spellings,wikidata,period,note\norg/x,Planet,X,,,,,\n", 2, "unknown type"),
    ("id,type,label,aliases,odd_spellings,wikidata,period,note\norg/x,Organization,X,,,Z9,,\n", 2, "Wikidata"),
    ("id,type,label,aliases,odd_spellings,wikidata,period,note\norg/x,Organization,X\n", 2, "columns"),
])
def test_broken_gazetteer_names_file_and_line(text, line, message):
    with pytest.raises(DataFileError) as err:
        parse_gazetteer(text, "g.csv")
    assert f"g.csv:{line}:" in str(err.value) and message in str(err.value)


def test_struck_text_is_kept_as_amendment_not_as_wording():
    text = "- ✓ International ~~dimension~~-extent"
    assert clean_text(text) == "International extent"
    (s,) = find_strikes(text)
    assert (s.deleted, s.inserted) == ("dimension", "extent")

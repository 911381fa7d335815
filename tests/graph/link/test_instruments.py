"""The instruments the WSIS and enhanced-cooperation record cites, each as documents write it,
and the provision a paragraph reference of it points to."""
from __future__ import annotations

import pytest

from wgec.graph.link.citations import find_citations
from wgec.graph.link.gazetteer import load_gazetteer

GAZ = load_gazetteer()


def _instruments(text: str) -> list[str]:
    return [m.entity.slug for m in GAZ.find_mentions(text) if m.entity.type == "Instrument"]


def _citations(text: str) -> list[tuple[str | None, int]]:
    mentions = [m for m in GAZ.find_mentions(text) if m.entity.type == "Instrument"]
    return [(c.instrument.slug if c.instrument else None, c.paragraph) for c in find_citations(text, mentions)]


@pytest.mark.parametrize(("sentence", "slug"), [
    ("Action line C11 of the Geneva Plan of Action concerns international cooperation.", "geneva-plan-of-action"),
    ("The WSIS Plan of Action sets out the action lines.", "geneva-plan-of-action"),
    ("We reaffirm the Tunis Commitment.", "tunis-commitment"),
    ("As the WSIS Declaration of Principles states, governance should be multilateral.", "geneva-declaration"),
    ("Recalling General Assembly resolution 56/183 of 21 December 2001,", "a-res-56-183"),
    ("Recalling also A/RES/60/252,", "a-res-60-252"),
    ("UNGA Res. 65/141 on ICT for development", "a-res-65-141"),
    ("resolution 66/184", "a-res-66-184"),
    ("General Assembly resolutions 68/198 and", "a-res-68-198"),
    ("in 69/204 the Assembly", "a-res-69-204"),
    ("aligned with the 2030 Agenda for Sustainable Development", "a-res-70-1"),
    ("Economic and Social Council resolution 2006/46", "e-res-2006-46"),
    ("E/RES/2006/46", "e-res-2006-46"),
])
def test_an_instrument_as_written(sentence, slug):
    assert _instruments(sentence) == [f"instrument/{slug}"]


@pytest.mark.parametrize(("sentence", "cited"), [
    ("We recall paragraph 35 of the Tunis Commitment and the Tunis Agenda.", [("tunis-commitment", 35)]),
    ("Paragraph 20 of GA resolution 67/195 invited the Chair; see also the Tunis Agenda.",
     [("a-res-67-195", 20)]),
    ("The Tunis Agenda asks, in paragraph 4 of ECOSOC resolution 2006/46, for a review.", [("e-res-2006-46", 4)]),
    ("The Tunis Agenda, and paragraph 5 of ECOSOC resolution 2015/26.", [(None, 5)]),  # one not known
    ("Paragraph 9 of the 2030 Agenda and para 8 of the Geneva Plan of Action.",
     [("a-res-70-1", 9), ("geneva-plan-of-action", 8)]),
    # the abbreviation's full stop ends no sentence: the instrument after it is the one cited
    ("The WGEC should implement para. 69 of the Tunis Agenda in full.", [("tunis-agenda", 69)]),
])
def test_a_paragraph_of_an_instrument(sentence, cited):
    assert _citations(sentence) == [(f"instrument/{s}" if s else None, n) for s, n in cited]


def test_an_action_line_is_no_paragraph():
    """'Geneva Plan of Action, C11' names the instrument; an action line is no numbered paragraph."""
    text = "This work falls under the Geneva Plan of Action, C11 (international cooperation)."
    assert _instruments(text) == ["instrument/geneva-plan-of-action"] and _citations(text) == []


def test_no_bare_resolution_number_inside_another():
    assert _instruments("A/RES/70/125 and resolution 70/1") == ["instrument/a-res-70-125", "instrument/a-res-70-1"]


@pytest.mark.parametrize("sentence", [
    'In paragraph 69 the Tunis Agenda recognizes "the need for enhanced cooperation in the future".',
    "The WGEC met. In para 69, the Tunis Agenda speaks of enhanced cooperation.",
])
def test_a_sentence_opening_in_a_paragraph_of_an_instrument_cites_it(sentence):
    assert _citations(sentence) == [("instrument/tunis-agenda", 69)]


def test_an_instrument_after_a_reference_in_running_text_is_not_its_own():
    """Only a sentence that opens 'In paragraph N' goes on with the instrument it is in."""
    assert _citations("We agree with paragraph 3 the Tunis Agenda mentions.") == [(None, 3)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Conformément au paragraphe 69 de l'Agenda de Tunis, ...", [("instrument/tunis-agenda", 69)]),
    ("en application du paragraphe 65 de la résolution 70/125 de l'Assemblée générale",
     [("instrument/a-res-70-125", 65)]),
    ("los párrafos 68 a 70 y 72 de la Agenda de Túnez",
     [("instrument/tunis-agenda", n) for n in (68, 69, 70, 72)]),
    ("paragraph 3 a new body", [(None, 3)]),  # 'a' joins a range only when a number follows
])
def test_french_and_spanish_references_cite_their_instrument(sentence, expected):
    assert _citations(sentence) == expected


def test_an_alias_in_another_language_keeps_its_language():
    agenda = GAZ["instrument/tunis-agenda"]
    assert "Agenda de Tunis" in agenda.aliases and agenda.language_of("Agenda de Tunis") == "fr"
    assert agenda.language_of("Agenda de Túnez") == "es" and agenda.language_of("Tunis Agenda") == "en"


@pytest.mark.parametrize("text", [
    "Egypt recalls paragraph 69 of the Tunis Agenda.\n\nPara 12: delete.\nNew para after para 21: \"A fund.\"\n",
    "Egypt recalls paragraph 69 of the Tunis Agenda.\n\nParagraph\tProposed text\nParagraph 7\tDelete the paragraph.\n",
])
def test_a_comment_s_label_for_a_paragraph_of_the_draft_cites_no_instrument(text):
    assert [c for c in _citations(text) if c[0]] == [("instrument/tunis-agenda", 69)]

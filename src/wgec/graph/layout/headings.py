"""Headings: how deep they are and what part of a document they open."""
from __future__ import annotations

import re

# the parts of a rolling document and of a questionnaire
GROUP_RE = re.compile(
    r"^GROUP\s+(?P<letter>[A-Z])\s*:\s*(?P<label>.+?)\s*(?:\((?P<questions>Questions?[^)]*)\))?\s*$", re.I)
UNCATEGORISED_RE = re.compile(r"^Recommendations which could not be categori[sz]ed", re.I)
ANNEX_RE = re.compile(r"^ANNEX\s+\d+\s*:", re.I)
# sections of a contribution that hold (or do not hold) its proposals
# ("Suggestions for the WGEC", "Our comments": what the author puts forward, not "General comments")
# (French and Spanish: "Recommandations", "Recomendaciones", "Propositions", "Propuestas")
PROPOSAL_HEADING_RE = re.compile(r"recom+[ae]nd|proposal|proposition|proposici[oó]n|propuesta|suggestion|"
                                 r"^\W*(?:[\dIVX]{1,4}\.?\s+)?(?:our|specific)\s+comments\b", re.I)  # "II. Specific"
# "Recommendation 2: Mapping of issues": a heading that numbers the one proposal under it
LABELLED_PROPOSAL_RE = re.compile(
    r"^[\s*_#]*(?:Recommendation|Proposal)\s*(\d{1,2})\s*(?:[:.)]|[–-](?=\s)|(?=[\s*_]*$))", re.I)
# "Recommendation 1" alone on its line, its text on the next: a heading even with no blank line under it
LABEL_ONLY_RE = re.compile(r"^[\s*_#]*(?:Recommendation|Proposal)\s*\d{1,2}\s*[:.]?[\s*_]*$", re.I)
# "Q1.", "Q 1:", "Question 1", "Guiding question No. 1" alone on its line over a questionnaire's answer
# (or over the question in full, then the answer)
QUESTION_LABEL_RE = re.compile(
    r"^[\s*_#]*(?:(?:Guiding\s+)?(?:Q|Question)\s*(?:No\.?\s*)?|(?-i:Ad)\s+)(\d{1,2})\s*[:.)]?[\s*_]*$", re.I)
# ("Ad 1:", as German and Swiss answers head the answer to question 1)
# "Q5. Cybersecurity ...": the answer on the label's line
QUESTION_LABELLED_RE = re.compile(r"^[\s*_#]*(?:Q|(?:Guiding\s+)?Question)"
                                  r"\s*(\d{1,2})\s*(?:[:.)]|[–-](?=\s))[\s*_]*\S", re.I)
# "Q: What are ...?": an unnumbered question asked, its answer under it ("A: ...")
QUESTION_ASKED_RE = re.compile(r"^[\s*_]*(?:Q|Question)\s*[:.]\s+(?=\S[^?]*\?[\s*_]*$)", re.I)
# a section giving the reasons for recommendations made elsewhere ("3. Why these recommendations"): none of its own,
# but the document has sections that hold them (contribution._all_proposals)
REASONS_HEADING_RE = re.compile(r"^\W*(?:\d{1,2}\.?\s+)?(?:why|rationale|reasons?|explanations?|justification)\b"
                                r"[^\n]{0,40}?\b(?:recommend|proposal|suggestion)", re.I)
NON_PROPOSAL_HEADING_RE = re.compile(
    r"^(?:introduction|background|abstract|table of contents|annex|contents)\b|" + REASONS_HEADING_RE.pattern, re.I)


def heading_level(line: str) -> int:
    """Depth of a heading: '#' count, 1 for roman numerals, 1 + dots for '2.1 Title', else 9.

    >>> heading_level("## Recommendations"), heading_level("III Proposals"), heading_level("2.1 Scope")
    (2, 1, 3)
    """
    line = line.strip().lstrip("*_ ")
    if line.startswith("#"):
        return len(line) - len(line.lstrip("#"))
    if re.match(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?\s", line):
        return 1
    m = re.match(r"^(\d+(?:\.\d+)*)", line)
    if m:
        return 2 + m.group(1).count(".")
    return 9


def section_is_proposal(heading: str, inherited: bool) -> bool:
    """Whether a section under ``heading`` holds proposals (``inherited`` from its parent section).

    >>> section_is_proposal("Introduction", True), section_is_proposal("3. Recommendations", False)
    (False, True)
    """
    if NON_PROPOSAL_HEADING_RE.match(heading):
        return False
    if PROPOSAL_HEADING_RE.search(heading):
        return True
    return inherited

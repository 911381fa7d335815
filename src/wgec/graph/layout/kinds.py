"""What kind of document a text is, from what its title and front matter say.

The kinds are the concepts of ``graph/data/document-kinds.ttl``: a *submission* (a
contribution to the working group; a *statement* is a submission published as a position),
a *questionnaire response*, a *Chair's draft*, *comments* on a draft, a *notice* (a call,
an invitation, an announcement), a *commentary* (an outside analysis), a *report* and a
*compilation* (a rolling document of submissions).  The first rule that matches wins, in
the order of :data:`RULES`; the cue says which words decided.  Nothing matching, a
document with a submitter is a submission; otherwise the kind stays unknown.
"""
from __future__ import annotations

import re

from wgec.graph.layout.model import DocumentKind

_CHAIR = r"Chair(?:man|person|woman)?(?:['’]s)?"
_DRAFT = r"(?:initial\s+|revised\s+|zero\s+|first\s+|second\s+|final\s+)?(?:draft|proposal|text|version)"
#: (kind, where to look: "title" or "front" (title and front matter), pattern), tried in order
RULES: tuple[tuple[DocumentKind, str, re.Pattern[str]], ...] = (
    ("comments", "title", re.compile(
        r"^(?:(?:[\w.'’-]++\s+){0,6}|[\w.'’ -]{2,40}:\s+)?"  # "Egypt: comments on the Chair's revised draft"
        r"(?:Comments?|Remarks|Observations|Reactions?|Feedback|Edits|Amendments|"
        r"Proposed\s+changes|Proposals|Inputs?)\s+(?:\w+\s+){0,4}?(?:on|to|regarding)\s+(?:the\s+)?"
        rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_CHAIR}\s+)?{_DRAFT}\b", re.I)),
    # "Statement of the Arab Group on the Chair's revised draft": a statement that speaks of a draft, not the draft
    ("statement", "title", re.compile(
        r"^\W*+(?:joint\s+|oral\s+)?(?:statement|intervention|speech)\s+(?:of|by|delivered)\s|"
        r"^\W*+(?:opening|closing|concluding|introductory|welcoming)\s+(?:remarks|statement)\b", re.I)),
    ("chair-draft", "front", re.compile(
        rf"\b{_CHAIR}\s+{_DRAFT}\b|\bdraft\s+(?:report|recommendations)\s+(?:by|of|from|prepared\s+by)\s+the\s+"
        rf"{_CHAIR}\b|\bzero\s+draft\b|\b{_CHAIR}['’]s\s+(?:draft|proposal)|"
        # "Draft recommendations with their sources" ... "Prepared by the Chair"
        r"^\W*+(?:elements\s+(?:for|of)\s+(?:the\s+|a\s+)?)?draft\s+(?:[\w-]+\s+){0,2}?(?:recommendations|report|text|"
        r"outcome|conclusions)\b[^\n]*\n(?:[^\n]*\n){0,6}?"
        rf"\W*+(?:prepared|proposed|issued|submitted)\s+by\s+the\s+{_CHAIR}\W*$|"
        # the Chair's "NON-PAPER" (options for the Group to weigh), not a delegation's
        rf"^\W*+non-?paper\W*$(?:\n[^\n]*){{0,8}}?\n\W*+(?:prepared|circulated|issued)\s+by\s+the\s+{_CHAIR}\b",
        re.I | re.M)),
    ("questionnaire-response", "front", re.compile(
        r"^\W*+Timestamp\b|which\s+stakeholder\s+category\s+do\s+you\s+belong|"
        r"\b(?:responses?|reply|replies|answers?|responding|contributions?|inputs?)\s+(?:\w+\s+){0,6}?(?:to|on)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,4}?"
        r"questionnaire\b|\bquestionnaire\s*[–—:-]?\s+(?:response|reply|answers?)\b|"
        # the CSTD's Word form: "Questionnaire on enhanced cooperation – response template", "Stakeholder group:"
        r"\bquestionnaire\b[^\n]{0,80}?\b(?:response|reply|answer)\s+(?:template|form)\b|"
        r"^\W*+Stakeholder\s+(?:group|category|type)\s*:", re.I | re.M)),
    ("questionnaire-response", "title", re.compile(  # the working group's guiding questions answered
        r"(?:^|:\s+)\W*+(?!(?:compilation|synthesis|summary|overview)\s+of\b)(?:(?:[\w.'’-]++\s+){0,4}?)?(?:responses?|replies|answers)\s+(?:(?:of|from|by)\s+[^\n:]{1,80}?\s+)?to\s+the\s+(?:(?:WGEC|CSTD)(?:['’]s)?\s+)?"
        r"guiding\s+questions\b|"  # "Input of X to the WGEC: responses to the guiding questions" too
        # "Contribution of the Republic of X / to the WGEC / Guiding questions": a subtitle naming the questions
        # it answers (not "Contribution of X to the WGEC guiding questions", answering none of them in turn)
        r"\b(?:contribution|submission|input)\s+(?:of|from|by)\s[^\n]{0,200}?(?-i:\sG)uiding\s+questions\W*$",
        re.I)),
    ("notice", "front", re.compile(
        r"^\W*+(?:notice|information\s+note|note\s+verbale|announcement|invitation|press\s+release)\W*$|"
        r"(?<!\bthe\s)(?<!\bto\s)\bcall\s+for\s+(?:contributions|inputs|submissions|comments)\b|"  # not "the call"
        r"\bwill\s+hold\s+its\s+\w+\s+meeting\b|"
        r"\b(?:is|are)\s+invited\s+to\s+(?:submit|attend|participate|register)\b|\bpresents\s+its\s+compliments\b|"
        r"^\W*+(?:notice|announcement)\s+of\s+the\s+[\w-]+\s+(?:meeting|session)\b|"
        r"^\W*+(?-i:I)nvitation\s+to\s+(?:submit|send|provide)\b",  # a call's heading, not "... the" / "invitation to"
        re.I | re.M)),
    ("report", "front", re.compile(
        r"^(?:(?:draft|final|summary|annual)\s+)?report\s+of\b|\bsummary\s+(?:report|record)\b|"
        rf"^{_CHAIR}['’]?s?\s+summary\b|^summary\s+(?:prepared\s+)?by\s+the\s+(?:{_CHAIR}|secretariat|rapporteurs?)\b|\bsummary\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:discussions?|meetings?|sessions?|"
        r"consultations?)\b|\boutcome\s+report\b|"
        r"^\W*+(?:note|report)\s+(?:by|of)\s+the\s+(?:secretariat|secretary-general)\W*$|"
        # what the Chair concluded at a meeting, and the list of its documents
        rf"\b{_CHAIR}\s+conclusions\b|\bconclusions\s+(?:of|by)\s+the\s+{_CHAIR}\b|^\W*+list\s+of\s+documents\W*$",
        re.I | re.M)),
    ("compilation", "title", re.compile(
        r"(?:^|:\s*)(?:(?:second|third|revised|updated|consolidated)\s+)?(?:rolling\s+document|compilation\s+of|"
        r"synthesis\s+of)\b", re.I)),
    ("commentary", "front", re.compile(
        r"^\W*+(?:commentary|analysis|opinion|op-?ed|blog(?:\s+post)?|viewpoint|perspective)\b|"
        r"\b(?:commentary|reflections?|thoughts)\s+on\b|^\W*+posted\s+(?:on|by)\b|"
        r"[:–—]\s*(?:an?\s+)?(?:commentary|critique|critical\s+(?:assessment|review)|analysis)\W*$|"
        r"^\W*+abstract\W*$|"  # "...: a commentary"; a paper's "Abstract"; a think tank's series
        r"\b(?:policy|issue)\s+briefs?\b|\bdiscussion\s+papers?\b|\bworking\s+papers?\s+(?:series\b|no\b)",
        re.I | re.M)),
    ("statement", "front", re.compile(  # a presentation's slides ("Presentation to the Working Group ...") too
        r"^\W*+(?:policy\s+|joint\s+)?(?:[\w-]+\s+){0,3}?statement\b|\bpolicy\s+statement\b|"
        r"^\W*+presentation\s+(?:by|to|at|for|made\s+(?:to|at))\s|"
        r"^\W*+publication\s+date\s*:", re.I | re.M)),
    ("submission", "front", re.compile(
        r"\bsubmitted\s+by\b|\b(?:contribution|submission|input)s?\s+(?:of|from|by|to|on)\b", re.I)),
)


# a title that says it is someone's submission: a blog's "Posted on" line does not make it a commentary
OWN_SUBMISSION_RE = re.compile(r"\b(?:submission|contribution|input)\s+(?:of|from|by)\s+(?:the\s+)?[A-Z]|"
                               r"^[^:]{2,60}:\s*(?:submission|contribution|input)\b", re.I)  # "Network X: Input to ..."


def classify(title: str | None, front: str, *, rolling: bool, has_submitter: bool) -> tuple[DocumentKind | None, str]:
    """(kind, cue) of a document from its title and front-matter text.

    >>> classify("Comments to the Chairman's initial proposal of 11 November 2017", "", rolling=False,
    ...          has_submitter=True)[0]
    'comments'
    >>> classify("Draft report of the Working Group", "Chair's draft", rolling=False, has_submitter=False)[0]
    'chair-draft'
    >>> classify("Draft recommendations", "Draft recommendations\\n\\nPrepared by the Chair", rolling=False,
    ...          has_submitter=True)[0]
    'chair-draft'
    >>> classify(None, "NOTICE\\nSecond meeting", rolling=False, has_submitter=False)
    ('notice', "front matter: 'NOTICE'")
    >>> classify("After the Working Group: a commentary", "", rolling=False, has_submitter=True)[0]
    'commentary'
    >>> classify("Views on enhanced cooperation", "", rolling=False, has_submitter=True)
    ('submission', 'a document with a submitter')
    >>> classify("Views of Kenya", "Kenya welcomes the call for inputs.", rolling=False, has_submitter=True)[0]
    'submission'
    >>> classify("Call for inputs on the guiding questions", "", rolling=False, has_submitter=False)[0]
    'notice'
    >>> classify("Input of Chile to the WGEC: responses to the guiding questions", "", rolling=False,
    ...          has_submitter=True)[0]
    'questionnaire-response'
    >>> classify("Contribution of the Republic of Tunisia to the WGEC Guiding questions", "", rolling=False,
    ...          has_submitter=True)[0]
    'questionnaire-response'
    >>> classify("OECD work on Internet policy making", "Presentation to the Working Group", rolling=False,
    ...          has_submitter=True)[0]
    'statement'
    >>> classify("Statement of the Arab Group on the Chair's revised draft", "", rolling=False, has_submitter=True)[0]
    'statement'
    >>> classify("Compilation of responses to the guiding questions, by question", "", rolling=False,
    ...          has_submitter=True)[0]
    'compilation'
    >>> classify("What the WGEC can agree on", "POLICY BRIEF SERIES  No. 7", rolling=False, has_submitter=True)[0]
    'commentary'
    >>> classify("Documents and Chair's conclusions", "", rolling=False, has_submitter=False)[0]
    'report'
    """
    if rolling:
        return "compilation", "layout: a rolling document of submissions by group"
    own = OWN_SUBMISSION_RE.search(title or "")
    for kind, where, pattern in RULES:
        texts = [("title", title or "")] + ([("front matter", front)] if where == "front" else [])
        for place, text in texts:
            m = pattern.search(text)
            if m and kind == "commentary" and place == "front matter" and own is not None:
                return "submission", f"title: {own.group(0)!r}"
            if m:
                return kind, f"{place}: {m.group(0).strip()!r}"
    if has_submitter:
        return "submission", "a document with a submitter"
    return None, "no cue"

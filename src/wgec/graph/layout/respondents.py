"""A compilation that groups answers by question, each answer opening with its respondent's name
("Question 2: ...?" / "Brazil: The WGEC should ..." / "ICC BASIS: ..."): each answer is its respondent's,
a submission per respondent; the compiler (the secretariat) submits none of them, and its own notes
between them are no proposals."""
from __future__ import annotations

import re

from wgec.graph.layout.keys import slug
from wgec.graph.layout.model import ActorName, ParsedDocument, Submission

# "Association for Progressive Communications: ...", "ICC BASIS: ...": a name of capitalised words (small words
# between them), a colon, the answer
RESPONDENT_RE = re.compile(
    r"^(?P<who>[A-Z][\w&.'’()-]*+(?:\s++(?:[A-Z][\w&.'’()-]*+|of|for|and|the|on|de|du|des|la|del|&)){0,7}+)"
    r":\s++(?=\S)")
SMALL = frozenset("of for and the on de du des la del &".split())
# labels of a compilation's own lines, never a respondent
NOT_NAMES = frozenset("note question questions responses response answer answers source sources total".split())


def respondent(text: str) -> re.Match[str] | None:
    """The respondent's name opening an answer.

    >>> respondent("Association for Progressive Communications: The WGEC should act.").group("who")
    'Association for Progressive Communications'
    >>> respondent("Respondents to this compilation: APC; Brazil.") is None, respondent("Note: as received") is None
    (True, True)
    """
    m = RESPONDENT_RE.match(text)
    if m is None or m.group("who").split()[-1].lower() in SMALL or m.group("who").lower() in NOT_NAMES:
        return None
    return m


def split_by_respondent(doc: ParsedDocument, sub: Submission) -> None:
    """The compiler's items that open with a respondent's name, each moved to that respondent's submission
    (two respondents at least, else nothing changes); the compiler's submission and submitters dropped."""
    found = [(item, m) for item in sub.items if item.question and (m := respondent(item.text)) is not None]
    if len({m.group("who") for _, m in found}) < 2:
        return
    subs: dict[str, Submission] = {}
    for item, m in found:
        who = m.group("who")
        at = doc.source.text.find(who, item.start, item.end)
        at = at if at >= 0 else item.start
        if who not in subs:
            subs[who] = Submission(key=slug(who), submitters=[ActorName(who, at, at + len(who))], date=doc.date,
                                   date_precision=doc.date_precision)
        item.text = item.text[m.end():]
        item.start = max(item.start, doc.source.text.find(item.text[:20], at))
        subs[who].items.append(item)
    doc.submissions = [s for s in doc.submissions if s is not sub] + list(subs.values())
    doc.submitters, doc.delivered_by = [], []
    doc.warnings.append(f"{doc.source.name}: a compilation of answers by question; the answers are their "
                        f"respondents': {', '.join(subs)}")

"""A document's title when no UN cover frames it: the first heading-like line of the front
matter that is not letterhead, furniture, a field, a date or a bare kind word ("NOTICE"),
with the lines that continue it.

The best-scored candidate wins (:func:`_score`): a Markdown heading or a bold line over a
plain line, a line about the process over one that is not; an organisation's name standing
alone is its letterhead, not the title; among equals, the first.  With no candidate, the
e-mail "Subject:" is the title; with none either, there is no title (the graph never
makes one up from the file name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.blocks import META_RE, classify_line
from wgec.graph.layout.boilerplate import is_doctype, is_furniture, is_letterhead, plain
from wgec.graph.layout.bylines import BYLINE_RE
from wgec.graph.layout.datelines import date_line, labelled_date
from wgec.graph.layout.fields import DELIVERED_RE, FIELD_RE, SourceLine, line_parts
from wgec.graph.layout.names import looks_like_person, organization_line

TITLE_MAX_WORDS = 30
# what titles of the record are about, or what kind of document they name; in French and Spanish too
# ("Propuesta de la República de Colombia al Grupo de Trabajo sobre la Mejora de la Cooperación")
TOPIC_RE = re.compile(
    r"\b(?:enhanced\s+cooperation|WGEC|working\s+group|CSTD|Tunis|Internet|WSIS|IGF|questionnaire|recommendations?|"
    r"contributions?|submissions?|inputs?|comments?|views|statement|response|proposals?|draft|report|notice|"
    r"call\s+for|meeting|consultations?|guiding\s+questions|public\s+policy|"
    r"grupo\s+de\s+trabajo|groupe\s+de\s+travail|coopera(?:ci[oó]n|tion)|contribuci[oó]n|propuestas?|"
    r"propositions?|recomendaciones|recommandations|respuestas?|r[ée]ponses?|comentarios|commentaires)\b", re.I)
SALUTATION_RE = re.compile(r"^(?:Dear|Hello|Hi|Greetings|To\s+whom|Excellency|Excellencies)\b", re.I)
DOCNOUN_RE = re.compile(
    r"\b(?:contributions?|submissions?|inputs?|comments?|views|statement|response|proposals?|draft|report|notice|"
    r"questionnaire|recommendations?|call\s+for)\b", re.I)
OPEN_END_RE = re.compile(r"\b(?:the|of|to|and|or|a|an|that|which|with|in|on|by|for|from)$|"
                         r"\bWorking\s+Group\s+on\s+Enhanced$", re.I)  # the group's name a page broke in two
# a question's clause, its verb and then its preposition at the end: whole, not wrapped ("What the WGEC can still agree
# on"; not "What the Working Group on" / "...")
WH_CLAUSE_RE = re.compile(r"^\W*+(?:what|where|who|whom|which|how)\s++(?:[\w'’-]++\s++){0,10}?"
                          r"(?:can|could|should|must|shall|will|would|may|might|do|does|did|is|are|was|were|has|have)\s",
                          re.I)
STRANDED = frozenset("on to for in at by with from of about".split())
LINE_MAX_WORDS = 20
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
SPLIT_MONTH_RE = re.compile(_MONTHS + r"\s+\d{4}\b")  # "... of 11" / "November 2017"
SPLIT_MONTH_END_RE = re.compile(r"\b\d{1,2}\s+" + _MONTHS + r"$|\b" + _MONTHS + r"$")  # "... of 11 November" / "2017"
# a UN document's subject stands right above who issues it: "Call for inputs ..." / "Note by the secretariat"
ISSUED_BY_RE = re.compile(r"^(?:Note|Report)\s+(?:by|of)\s+the\s+(?:secretariat|Secretary-General)$", re.I)
REFERENCE_RE = re.compile(r"^(?:Re|RE|Ref\.?)\s*:\s*(?=\S)")  # a letter's "Re: ICANN input to the WGEC"
# a file reference, no subject: "Ref.: 2017-09-25 / WGEC / IDN-04", "Our ref: MTT/TD/2017/114" (no word in lower case)
REFERENCE_CODE_RE = re.compile(r"^(?:[Oo]ur\s+|[Yy]our\s+)?(?:Ref|REF|Reference)\.?(?:\s+[Nn]o\.?)?\s*:\s*[^a-z]++$")
# the name of a part of the text, never its title: "Executive Summary", "Abstract", "Introduction"
PART_NAME_RE = re.compile(r"^(?:executive\s+summary|summary|abstract|introduction|background|foreword|preface|"
                          r"(?:table\s+of\s+)?contents)$", re.I)


@dataclass(frozen=True)
class Title:
    text: str
    start: int
    end: int
    lines: tuple[int, ...]


def is_title_like(text: str) -> bool:
    """A short line that starts with a capital (or a quote or digit), no list marker, not a
    sentence of running text.

    >>> is_title_like("**Views on enhanced cooperation**"), is_title_like("We believe that the IGF works.")
    (True, False)
    >>> is_title_like("---------- Forwarded message ---------")  # an e-mail's separator
    False
    """
    if re.match(r"^\s*-{2,}[^-]+-{2,}\s*$", text):
        return False
    words = plain(text)
    if not words or len(words.split()) > LINE_MAX_WORDS or not (words[0].isupper() or words[0] in "“\"'‘0123456789"):
        return False
    if SALUTATION_RE.match(words) or clean_text(text).rstrip(" *_").endswith((",", ";")):
        return False  # "Dear CSTD secretariat,": a letter's opening
    if words.endswith((";", ",")) or words.endswith(".") and len(words.split()) > 3:
        return False
    return classify_line(text)[0] not in ("item", "numbered-title", "meta", "table", "toc", "footnote")


def _skipped(text: str) -> bool:
    return bool(not text.strip() or is_letterhead(text) or is_furniture(text) or is_doctype(text)
                or FIELD_RE.match(text) or META_RE.match(text) or labelled_date(text) or date_line(text)
                or BYLINE_RE.match(text) or DELIVERED_RE.match(text) or REFERENCE_CODE_RE.match(plain(text)))


def _emphasised(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("#") or (stripped.startswith("**") and stripped.rstrip(" :").endswith("**"))


# a by-line that names a document, the title when no other line is one ("Response of the Internet Society" over the
# date and the answers); under a title it is a by-line (bylines.BYLINE_RE)
NAMED_DOCUMENT_RE = re.compile(r"^\W*+(?:Contribution|Submission|Input|Comments|Responses?|Reply|Replies|Views)\s+"
                               r"(?:of|by|from)\s+\S")


def find_title(lines: list[SourceLine], first: int, last: int) -> Title | None:
    """The title among lines ``first..last`` (see the module docstring).

    >>> find_title([(1, 0, "Internet Society"), (2, 17, ""), (3, 18, "Submission on enhanced"),
    ...             (4, 41, "cooperation"), (5, 53, "By Jane Roe")], 1, 5).text
    'Submission on enhanced cooperation'
    """
    heads = _running_heads(lines)
    candidates = [n for n in range(first, last + 1)
                  if _candidate(lines, n, last) and lines[n - 1][2].strip() not in heads]
    if not candidates:  # a document whose only title is its by-line: "Response of the Internet Society"
        named = [n for n in range(first, last + 1) if NAMED_DOCUMENT_RE.match(lines[n - 1][2])
                 and is_title_like(lines[n - 1][2])]
        return _paragraph_title(lines, named[0], last) if named else None
    pick = max(candidates, key=lambda n: (_score(lines, n, last), -n))
    return _paragraph_title(lines, pick, last)


def _running_heads(lines: list[SourceLine]) -> set[str]:
    """Lines set in columns ("Foo Association (FA)      Input to the WGEC") that recur word for word: a PDF's running
    header on every page (its text saved without page breaks), no title."""
    seen: set[str] = set()
    heads: set[str] = set()
    for line in lines:
        text = line[2].strip()
        if text in seen and len(line_parts(line)) > 1:
            heads.add(text)
        seen.add(text)
    return heads


def _score(lines: list[SourceLine], n: int, last: int) -> int:
    """How much line ``n`` looks like the title: emphasised (a heading, bold), about the process
    ("enhanced cooperation", "WGEC", "submission", "draft"...), not an organisation's name
    standing alone (a letterhead) nor a slogan under it."""
    words = " ".join(plain(lines[k - 1][2]) for k in _paragraph(lines, n, last))
    score = 2 * _emphasised(lines[n - 1][2]) + 2 * bool(TOPIC_RE.search(words)) - 3 * bool(PART_NAME_RE.match(words))
    if organization_line(words) and len(words.split()) <= 10 and not DOCNOUN_RE.search(words) and ": " not in words:
        score -= 3  # a letterhead ("Internet Society"), not a title and its subtitle ("X: Options for ...")
    after = next((t for _, _, t in lines[_paragraph(lines, n, last)[-1]:last] if t.strip()), "")
    return score + 3 * bool(ISSUED_BY_RE.match(plain(after)))


def _candidate(lines: list[SourceLine], n: int, last: int) -> bool:
    """Line ``n`` may open the title: title-like, and its paragraph is short, not a sentence."""
    text = lines[n - 1][2]
    if _skipped(text) and not _byline_wrapped(lines, n) or not is_title_like(text) or \
            n > 1 and lines[n - 2][2].strip() and not _skipped(lines[n - 2][2]):
        return False  # not the first line of its paragraph
    para = _paragraph(lines, n, last)
    words = " ".join(plain(lines[k - 1][2]) for k in para)
    return len(words.split()) <= TITLE_MAX_WORDS and not (words.endswith(".") and len(words.split()) > 12) \
        and not _open_end(words)  # "... should continue to": wrapped running text


def _byline_wrapped(lines: list[SourceLine], n: int) -> bool:
    """Whether line ``n`` reads as a by-line ("Input from the Nigeria IGF (NIGF)") only because the title broke
    before what it is for: the next line goes on in lower case with "to ..." ("to the Working Group on ...").

    >>> _byline_wrapped([(1, 0, "Input from the Nigeria IGF"), (2, 27, "to the Working Group")], 1)
    True
    >>> _byline_wrapped([(1, 0, "Input from the Nigeria IGF"), (2, 27, "")], 1)
    False
    """
    return n < len(lines) and BYLINE_RE.match(lines[n - 1][2]) is not None and \
        re.match(r"^\s*(?:to|on|regarding|concerning|about|for)\s", lines[n][2]) is not None


def _open_end(text: str) -> bool:
    """Whether a title's line ends mid-phrase ("Submission to the"), not a question's clause ending on its
    preposition ("What the WGEC can still agree on").

    >>> _open_end("What the WGEC can still agree on"), _open_end("What the Working Group on"), _open_end("Views of")
    (False, True, True)
    """
    if OPEN_END_RE.search(text) is None:
        return False
    return not (text.split()[-1].lower() in STRANDED and WH_CLAUSE_RE.match(text))


def _paragraph(lines: list[SourceLine], n: int, last: int) -> list[int]:
    """Line ``n`` and the non-blank lines under it, up to a field, date or furniture line; a title page's
    line ending mid-phrase goes on past a blank line and through the group's name ("Submission to the" /
    "Working Group on Enhanced Cooperation (WGEC)" / "on" / "public policy issues ..."), as does a line
    under a blank that carries on in lower case."""
    used = [n]
    k = n + 1
    while k <= last:
        text, open_end = lines[k - 1][2], _open_end(plain(lines[used[-1] - 1][2]))
        if not text.strip() and k < last and _goes_on(lines[k][2], open_end):
            k += 1  # the title page's next line, a blank apart
            continue
        if not text.strip() or _skipped(text) and not (open_end and is_letterhead(text)) \
                and not splits_a_date(plain(lines[used[-1] - 1][2]), plain(text)) or \
                classify_line(text)[0] in ("item", "table", "toc", "footnote"):
            break
        used.append(k)
        k += 1
    return used


def splits_a_date(above: str, text: str) -> bool:
    """Whether a wrapped line broke a date in two: ``above`` ends with its day (or its month) and ``text``
    starts with the rest, so the date line is the end of the title above, not a date line of its own.

    >>> splits_a_date("Comments on the Chair's draft recommendations of 11", "November 2017")
    True
    >>> splits_a_date("Comments of Mexico on the Chair's draft of", "November 2017"), splits_a_date("Comments", "2017")
    (False, False)
    """
    return bool(re.search(r"\b\d{1,2}$", above) and SPLIT_MONTH_RE.match(text)
                or SPLIT_MONTH_END_RE.search(above) and re.match(r"\d{1,2},?\s+\d{4}\b|\d{4}\b", text))


def _goes_on(text: str, open_end: bool) -> bool:
    """A short line that carries on a title over a blank line: after a line ending mid-phrase, or in lower case;
    never a person's name (the author's, under the title)."""
    words = plain(text)
    return bool(words) and len(words.split()) <= 10 and (open_end or words[:1].islower()) and \
        not (_skipped(text) and not is_letterhead(text)) and classify_line(text)[0] == "para" \
        and not looks_like_person(words)


def _paragraph_title(lines: list[SourceLine], n: int, last: int) -> Title:
    used = _paragraph(lines, n, last)
    text = clean_text(" ".join(plain(lines[i - 1][2]) for i in used))
    start_line, end_line = lines[used[0] - 1], lines[used[-1] - 1]
    start = start_line[1] + start_line[2].find(start_line[2].strip())
    end = end_line[1] + len(end_line[2].rstrip())
    if (ref := REFERENCE_RE.match(text)) is not None and (at := start_line[2].find(text[ref.end():][:20])) >= 0:
        text, start = text[ref.end():], start_line[1] + at  # the subject the letter is about is its title
    return Title(text, start, end, tuple(used))

"""Lines at the top of a document that are not its title: the UN letterhead, document
symbols and distribution lines, page furniture, web addresses, and lines that only say
what kind of document it is ("NOTICE", "Policy statement").
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text

# the letterhead of UN documents, whole lines only
LETTERHEAD_RE = re.compile(
    r"(?:united\s+nations(?:\s+commission\s+on\s+science\s+and\s+technology(?:\s+for\s+development)?)?|"
    r"(?:the\s+)?commission\s+on\s+science\s+and\s+technology\s+for\s+development(?:\s*\(CSTD\))?|"
    r"for\s+development|unctad|cstd|united\s+nations\s+conference\s+on\s+trade\s+and\s+development(?:\s*\(UNCTAD\))?|"
    r"economic\s+and\s+social\s+council|general\s+assembly|secretariat|"
    r"(?:CSTD\s+|UN\s+CSTD\s+)?working\s+group\s+on\s+enhanced\s+cooperation(?:\s*\(WGEC\))?|"
    r"commission\s+on\s+science\s+and\s+technology\s+for\s+development\s+working\s+group\s+on\s+enhanced\s+"
    r"cooperation)",
    re.I)
FURNITURE_RE = re.compile(
    r"(?:distr\.?\s*:?\s*\w+|original\s*:\s*\w+|(?:english|french|spanish)\s+only|advance\s+unedited\s+version|"
    r"check\s+against\s+delivery|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-|GE\.\d{2}-\d+.*|"
    r"[A-Z]{1,4}(?:/[A-Z0-9.()-]+){2,}|agenda\s+item\s+\d+\w*|timestamp|limited|restricted|"
    r"(?:item|provisional\s+agenda)\s+\d+|item\s+\d+\w*\s+of\s+the\s+(?:provisional\s+)?agenda|"
    r"[\w-]+\s+(?:session|meeting)|(?:[\w-]+\s+(?:session|meeting),?\s+)?Geneva,\s+.*\d{4}|\*[\d*]*|"
    r"note\s+by\s+the\s+secretariat|"
    r"(?:palais\s+des\s+nations|(?:room|salle)\s+[\w-]{1,8})(?:,\s*(?:room|salle)\s+[\w-]{1,8})?)", re.I)  # the venue
EMAIL_RE = re.compile(r"[^\s@]+@[^\s@]+\.\w+")  # one "@": linear on a hostile line of them
# a line that only names the kind of document: a cue for its kind, not its title
DOCTYPE_RE = re.compile(
    r"(?:(?:policy\s+|joint\s+|written\s+|oral\s+)?statement|notice|information\s+note|note\s+verbale|"
    r"press\s+release|(?:discussion|position|issues|background)\s+paper|commentary|comments?|"
    r"questionnaire(?:\s+response)?|(?:draft\s+)?report|draft|submission|contribution|"
    r"note\s+by\s+the\s+secretariat|call\s+for\s+(?:contributions|inputs|submissions)|announcement|"
    r"invitation|memorandum|annex(?:\s+\w+)?|blog(?:\s+post)?|analysis|opinion|abstract)", re.I)


def plain(line: str) -> str:
    """The words of a line without Markdown marks and surrounding punctuation.

    >>> plain("**UNITED NATIONS**"), plain("## Policy statement:")
    ('UNITED NATIONS', 'Policy statement')
    """
    text = clean_text(re.sub(r"^\s*#{1,6}\s+", "", line)).strip()
    return text.strip(" *_:;,-–—|").strip()


def is_letterhead(line: str) -> bool:
    """A line of a UN letterhead or cover.

    >>> is_letterhead("UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY"), is_letterhead("Views of Kenya")
    (True, False)
    """
    return bool(LETTERHEAD_RE.fullmatch(plain(line)))


def is_furniture(line: str) -> bool:
    """A document symbol, distribution line, page number, address or e-mail.

    >>> is_furniture("E/CN.16/2014/CRP.3"), is_furniture("Distr.: General"), is_furniture("https://unctad.org/x")
    (True, True, True)
    >>> is_furniture("Palais des Nations, Room XXIV"), is_furniture("Room XVII")
    (True, True)
    """
    text = plain(line)
    return bool(FURNITURE_RE.fullmatch(text) or _is_address(text))


def _is_address(text: str) -> bool:
    """A web address or an e-mail alone on the line, told without backtracking regexes.

    >>> _is_address("www.itu.int/en"), _is_address("wgec@unctad.org"), _is_address("see https://x.org"),
    (True, True, False)
    """
    if not text or any(c.isspace() for c in text):
        return False
    lower = text.lower()
    return "http://" in lower or "https://" in lower or "www." in lower or EMAIL_RE.fullmatch(text) is not None


def is_doctype(line: str) -> bool:
    """A line that says only what kind of document this is.

    >>> is_doctype("NOTICE"), is_doctype("Policy statement"), is_doctype("Statement on enhanced cooperation")
    (True, True, False)
    """
    return bool(DOCTYPE_RE.fullmatch(plain(line)))

"""An e-mail's own text and sender.

A reply sits above the message it answers: "-----Original Message-----", "On 10 Oct 2017, X wrote:", a
second header block ("From: ..." then "Sent:"/"Date:") or a closing run of "> " lines starts the
quoted message, which is not the document's text (a forward, whose message is the contribution, has
none of these before its own text).  "RE:"/"Fwd:" are no part of its subject.  A person who writes
"On behalf of the Ministry of X, please find below our comments" sends what the ministry submits.
"""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.model import ActorName
from wgec.graph.layout.names import represented

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text)
REPLY_RE = re.compile(r"^[^\w-]*+(?:-{2,}\s*Original\s+Message\s*-{2,}|On\s.{5,160}\swrote:)\s*$", re.I)
HEADER_FROM_RE = re.compile(r"^\W*+From\s*:\s*\S", re.I)
HEADER_DATE_RE = re.compile(r"^\W*+(?:Sent|Date)\s*:\s*\S", re.I)
SUBJECT_PREFIX_RE = re.compile(r"^(?:(?:RE|FWD?|AW|TR|WG)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# a forward: the message it passes on is the contribution, quoted or not
FORWARD_RE = re.compile(r"^[^\w-]*+(?:-{2,}\s*Forwarded\s+message\s*-{2,}|Begin\s+forwarded\s+message:?|"
                        r"Subject\s*:\s*(?:FWD?|TR|WG)\s*:)", re.I)
BEHALF_OPENING_RE = re.compile(r"^\W*+(?i:on\s+behalf\s+of)\s+(?:the\s+)?(?P<who>[A-Z][^,;:]{2,120}?)\s*,\s+\S")
OPENING_PARAGRAPHS = 3  # the paragraphs after the salutation in which "On behalf of X, ..." opens the text


def without_prefix(subject: str) -> str:
    """A subject without its "RE:" and "Fwd:".

    >>> without_prefix("RE: Fwd: Comments on the draft")
    'Comments on the draft'
    """
    return SUBJECT_PREFIX_RE.sub("", subject)


FORWARDED_MARKER_RE = re.compile(r"^[^\w-]*+(?:-{2,}\s*Forwarded\s+message\s*-{2,}|Begin\s+forwarded\s+message:?)\s*$",
                                 re.I)  # (not a reply's "-----Original Message-----": what it answers, quoted)
FORWARD_LOOK = 60  # lines: a forwarder's cover note above the message it passes on is short


def forwarded_message(lines: list[SourceLine]) -> int | None:
    """The line of the marker above the message a forward passes on ("---------- Forwarded message ----------"),
    when the forward's own header ("From:", "Subject: FW: ...") heads the text: that header and the forwarder's
    note are not the contribution's (its sender, the date it was passed on); None for any other text.

    >>> rows = [(1, 0, "From: CSTD Secretariat"), (2, 23, "Subject: FW: Contribution"), (3, 49, "Please see below."),
    ...         (4, 67, "---------- Forwarded message ----------"), (5, 107, "From: Jane Roe")]
    >>> forwarded_message(rows), forwarded_message(rows[2:])
    (4, None)
    """
    if not any(HEADER_FROM_RE.match(t) for _, _, t in lines[:3]):
        return None
    marker = next((n for n, _, t in lines[:FORWARD_LOOK] if FORWARDED_MARKER_RE.match(t)), None)
    return marker if marker is not None and any(HEADER_FROM_RE.match(t) for _, _, t in lines[marker:marker + 3]) \
        else None


SUBJECT_LINE_RE = re.compile(r"^\W*+Subject\s*:\s*\S", re.I)


def without_forwarding(lines: list[SourceLine], marker: int) -> list[SourceLine]:
    """``lines`` with the forward's header and note (up to its ``marker`` line) blanked, offsets kept; its
    "Subject:" stays when the message it passes on has none of its own (it names what is passed on).

    >>> rows = [(1, 0, "From: CSTD"), (2, 11, "Subject: FW: Our views"), (3, 34, "-- Forwarded message --"),
    ...         (4, 58, "From: Jane Roe")]
    >>> [t for _, _, t in without_forwarding(rows, 3)]
    ['', 'Subject: FW: Our views', '', 'From: Jane Roe']
    """
    own = any(SUBJECT_LINE_RE.match(t) for _, _, t in lines[marker:marker + 8])
    return [(n, offset, text if n > marker or not own and SUBJECT_LINE_RE.match(text) else "")
            for n, offset, text in lines]


def quoted_reply(lines: list[SourceLine], first: int) -> int | None:
    """The line from ``first`` on where the message a reply quotes starts, or None (and always None
    for a forward, whose message is what it sends).

    >>> rows = [(1, 0, "We agree."), (2, 10, ""), (3, 11, "-----Original Message-----"), (4, 38, "> Dear all")]
    >>> quoted_reply(rows, 1), quoted_reply(rows[:2] + [(3, 11, "> Dear all"), (4, 22, ">")], 1)
    (3, 3)
    >>> quoted_reply([(1, 0, "Subject: Fwd: Our views"), *rows[1:]], 1) is None
    True
    """
    if any(FORWARD_RE.match(t) for _, _, t in lines):
        return None
    quoted_tail: int | None = None
    for n in range(first, len(lines) + 1):
        text = lines[n - 1][2]
        if REPLY_RE.match(text) or HEADER_FROM_RE.match(text) and n > first and any(
                HEADER_DATE_RE.match(t) for _, _, t in lines[n:n + 3]):
            return n
        if text.lstrip().startswith(">"):
            quoted_tail = quoted_tail or n
        elif text.strip():
            quoted_tail = None
    return quoted_tail


def behalf_opening(lines: list[SourceLine], first: int) -> list[ActorName]:
    """The parties an e-mail's text opens by writing for ("On behalf of the Ministry of X, please find ..."),
    the name read on into the paragraph's second line.

    >>> rows = [(1, 0, "On behalf of the Ministry of Communications of the Republic of Ghana,"),
    ...         (2, 70, "please find below our comments.")]
    >>> [a.name for a in behalf_opening(rows, 1)]
    ['Ministry of Communications of the Republic of Ghana']
    """
    seen = 0
    for n in range(first, len(lines) + 1):
        _, offset, text = lines[n - 1]
        if not text.strip() or n > first and lines[n - 2][2].strip():
            continue  # only a paragraph's first line
        seen += 1
        if seen > OPENING_PARAGRAPHS:
            break
        if n < len(lines) and lines[n][2].strip():  # with its next line: a narrow page wraps the name
            text += " " * (lines[n][1] - offset - len(text)) + lines[n][2]
        m = BEHALF_OPENING_RE.match(clean_text(text)) if not text.lstrip().startswith(">") else None
        if m is not None and (at := text.find(m.group("who"))) >= 0:
            return represented(m.group("who"), offset + at)
    return []

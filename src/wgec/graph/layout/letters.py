"""A cover letter before the document it sends: "Dear Ambassador ...," then the letter, a
closing ("Sincerely,", "Yours faithfully,") and the signature (a name, then the signer's
position), and only then the document's own title and text.

The letter is front matter: its addressee block is not the title (the title is looked for
after the signature), its paragraphs are not proposals, and its signer is the person who
delivered the contribution for the organisation that submits it (``delivered_by``), not a
second submitter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import clean_text
from wgec.graph.layout.datelines import date_line
from wgec.graph.layout.lines import FOOTNOTE_RE
from wgec.graph.layout.model import ActorKind, ActorName
from wgec.graph.layout.names import PERSON_TITLE_RE, POSITION_RE, looks_like_organization, looks_like_person

SourceLine = tuple[int, int, str]  # (line number from 1, offset, text)
# the heading of the list of those who sign a joint statement or an open letter: "Signed by:", "SIGNATORIES (by
# country)", "Endorsing organisations:" (layout/signatories.py)
SIGNED_RE = re.compile(
    r"^\W*+(?:signed\s+by|signatories|signatory\s+organi[sz]ations|endorsed\s+by|endorsing\s+organi[sz]ations|"
    r"co-?signed\s+by|supported\s+by|list\s+of\s+signatories)(?:\s*\([^()]{1,40}\))?\s*:?\W*$", re.I)
SALUTATION_RE = re.compile(r"^(?:Dear|Excellency|Excellencies|Your\s+Excellency|To\s+whom)\b", re.I)
CLOSING_RE = re.compile(
    r"^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|respectfully\s+submitted|"
    r"(?:with\s+)?(?:best|kind|warm|"
    r"warmest|kindest)\s+regards|regards|best\s+wishes|"
    # a diplomat's: "Please accept, Ms. Sirimanne, the assurances of my highest consideration."
    r"(?:please\s+)?accept,?\s+.{0,80}?the\s+(?:renewed\s+)?assurances?\s+of\s+my\s+(?:highest|high|most\s+"
    r"distinguished)\s+consideration\.?|I\s+avail\s+myself\s+of\s+this\s+opportunity\b[^.]{0,120}consideration\.?)"
    r"\s*,?$", re.I)
# a speech's or a contribution's last words: "Thank you, Mr. Chair.", "The IGC thanks the Working Group for ...",
# "Kenya stands ready to ...", "We look forward to ..."
COURTESY_RE = re.compile(
    r"^(?:(?:I\s+)?thank\s+you(?:\s+(?:very\s+much|for\s+your\s+attention))?(?:,?\s+(?:Mr\.?|Madam|Madame)\s+"
    r"(?:Chair(?:man|person)?|President|Facilitator))?|"
    r"[A-Z][\w .&()'’-]{1,60}?\s+(?:thanks|would\s+like\s+to\s+thank)\s+"
    r"the\s+.{3,80}?\s+for\s+(?:the|this)\s+opportunity\b.*|"
    r"[A-Z][\w .&()'’-]{1,60}?\s+(?:stands|remains|is|are|stand|remain)\s+(?:ready\s+to|at\s+the\s+disposal\s+of|"
    r"at\s+(?:your|its|their)\s+disposal)\b.*|"
    r"[A-Z][\w .&()'’-]{1,60}?\s+looks?\s+forward\s+to\b.*)[.!]?$", re.I)
COURTESY_MAX_LINES = 3  # a courtesy wrapped over lines (a PDF's) is as long as this at most
ITEM_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|¶\s*\d{1,3})\s+")
LETTER_MAX_LINES = 60  # a cover letter starts this near the top, and closes within as many lines
SIGNATURE_MAX_LINES = 4
# a note verbale, in the third person: "The Permanent Mission of X ... presents its compliments to ...", closed by
# "... avails itself of this opportunity to renew ... the assurances of its highest consideration."
NOTE_OPENING_RE = re.compile(r"^\W*+The\s+.{3,300}?\bpresents\s+its\s+compliments\b", re.I | re.S)
NOTE_CLOSING_RE = re.compile(r"\bavails\s+itself\s+of\s+this\s+opportunity\b|\bassurances?\s+of\s+its\s+"
                             r"(?:highest|high|most\s+distinguished)\s+consideration\b", re.I)
NOTE_SENDER_RE = re.compile(
    r"^\W*+The\s+(?:(?:Permanent\s+)?Mission|Embassy|Delegation|Ministry\s+of\s+Foreign\s+Affairs)\s+of\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’-]*){0,5})")
# "Enclosure" alone under a letter or a note: what it sends follows
ENCLOSURE_RE = re.compile(r"^\W*+(?:Enclosures?|Encl\.|Annex(?:es)?|Attachments?)\s*:?\W*$", re.I)
ENCLOSURE_MAX_LINES = 12  # lines after a note's closing (its date, the addressee) in which "Enclosure" stands


@dataclass(frozen=True)
class Letter:
    salutation: int  # line numbers, from 1 (a note verbale's: its opening line)
    closing: int
    end: int  # the last line of the signature (a note's: its closing paragraph, or "Enclosure" under it)
    signer: ActorName | None
    sender: ActorName | None = None  # the state whose mission or embassy sends a note verbale


def cover_letter(lines: list[SourceLine]) -> Letter | None:
    """The cover letter at the top of ``lines``, if there is one.

    >>> text = ["ITI", "", "Dear Ambassador,", "", "We send our views.", "", "Sincerely,", "", "Jane Smith",
    ...         "Vice President, Global Policy", "", "ITI views on the WGEC"]
    >>> rows, at = [], 0
    >>> for n, t in enumerate(text, 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> letter = cover_letter(rows)
    >>> letter.end, letter.signer.name, letter.signer.title
    (10, 'Jane Smith', 'Vice President, Global Policy')
    """
    top = lines[:LETTER_MAX_LINES]
    salutation = next((n for n, _, t in top if SALUTATION_RE.match(clean_text(t))), None)
    if salutation is None:
        return note_verbale(lines)
    closing = _closing_line(lines, salutation, salutation + LETTER_MAX_LINES)
    if closing is None:
        return None
    signature = _signature(lines, closing)
    if signature and SIGNED_RE.match(clean_text(signature[0][2])):
        return None  # "Respectfully," / "SIGNATORIES": an open letter that many sign is the document, no cover
    if not signature:
        return Letter(salutation, closing, closing, None)
    return Letter(salutation, closing, signature[-1][0], _signer(signature))


def _closing_line(lines: list[SourceLine], start: int, stop: int) -> int | None:
    """The line that ends a letter's closing among lines ``start + 1..stop``: "Sincerely,", or a diplomat's
    closing a narrow page wrapped ("Please accept, Ms. Sirimanne, the assurances of my" / "highest
    consideration.")."""
    window = lines[start:stop]
    for k, (n, _, text) in enumerate(window):
        if CLOSING_RE.match(clean_text(text)):
            return n
        if k + 1 < len(window) and text.strip() and window[k + 1][2].strip() and \
                CLOSING_RE.match(clean_text(f"{text.strip()} {window[k + 1][2].strip()}")):
            return window[k + 1][0]
    return None


def note_verbale(lines: list[SourceLine]) -> Letter | None:
    """A note verbale at the top of ``lines``: from its opening ("The Permanent Mission of X ... presents
    its compliments") to its closing paragraph ("... the assurances of its highest consideration"), or to
    the "Enclosure" line under its date and addressee; the state X sends it.  Either paragraph may be
    wrapped over lines (a PDF's).

    >>> rows, at = [], 0
    >>> for n, t in enumerate(["The Permanent Mission of Chile to the UN presents", "its compliments to the CSTD.",
    ...                        "", "The Mission avails itself of this", "opportunity.", "", "Geneva, 5 May 2017",
    ...                        "", "Enclosure", "", "Views of Chile"], 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> note = note_verbale(rows)
    >>> note.salutation, note.closing, note.end, note.sender.name
    (1, 4, 9, 'Chile')
    """
    paragraphs = _paragraphs(lines, 2 * LETTER_MAX_LINES)
    opening = next((i for i, (n, _, text) in enumerate(paragraphs)
                    if n <= LETTER_MAX_LINES and NOTE_OPENING_RE.match(clean_text(text))), None)
    if opening is None:
        return None
    closing = next((p for p in paragraphs[opening:] if NOTE_CLOSING_RE.search(clean_text(p[2]))), None)
    if closing is None:
        return None
    end = closing[0] + closing[2].count("\n")
    enclosure = next((n for n, _, t in lines[end:end + ENCLOSURE_MAX_LINES] if ENCLOSURE_RE.match(clean_text(t))),
                     None)
    first, at, text = paragraphs[opening]
    m = NOTE_SENDER_RE.match(text)
    sender = ActorName(" ".join(m.group("who").split()), at + m.start("who"), at + m.end("who")) if m else None
    return Letter(first, closing[0], enclosure or end, None, sender)


def _paragraphs(lines: list[SourceLine], limit: int) -> list[SourceLine]:
    """(first line, offset, text with its line breaks) of the paragraphs in the first ``limit`` lines."""
    out: list[SourceLine] = []
    for n, offset, text in lines[:limit]:
        if not text.strip():
            continue
        if out and lines[n - 2][2].strip() and n > 1:
            first, at, joined = out[-1]
            out[-1] = (first, at, f"{joined}\n{text}")
        else:
            out.append((n, offset, text))
    return out


def _signature(lines: list[SourceLine], closing: int) -> list[SourceLine]:
    """The short lines under the closing, up to the first blank after them."""
    k = closing
    while k < len(lines) and not lines[k][2].strip():
        k += 1
    out: list[SourceLine] = []
    while k < len(lines) and lines[k][2].strip() and len(out) < SIGNATURE_MAX_LINES:
        text = clean_text(lines[k][2])
        if len(text.split()) > 12 or text.endswith(".") or out and date_line(text) is not None:
            break  # (a place and date under the signature: "Montevideo, Uruguay, January 30th, 2017")
        out.append(lines[k])
        k += 1
    return out


# a position written before the name, as French and Spanish sign: "Le Ministre des Postes ..." / "Yaya Abdoul Kane"
OFFICE_FIRST_RE = re.compile(r"^(?:(?:Le|La|El)\s+|L['’])[A-ZÀ-Ý]?[a-zà-ÿ]{3,}")


def _signer(signature: list[SourceLine]) -> ActorName | None:
    """The person who signs: the first line when it is a personal name, the lines under it giving the
    position; or the last line, under a position written first ("Le Ministre des Postes" / "Yaya Abdoul Kane").

    >>> a = _signer([(1, 0, "Le Ministre des Postes et des Télécommunications"), (2, 49, "Yaya Abdoul Kane")])
    >>> a.name, a.title, a.start
    ('Yaya Abdoul Kane', 'Le Ministre des Postes et des Télécommunications', 49)
    """
    position = signature[1:]  # the lines giving the position
    n, offset, text = signature[0]
    name = clean_text(text).strip(" ,")
    if not (looks_like_person(name) or PERSON_TITLE_RE.match(name)):
        if len(signature) < 2 or not OFFICE_FIRST_RE.match(name):
            return None
        position, (_, offset, text) = signature[:-1], signature[-1]
        name = clean_text(text).strip(" ,")
        if not looks_like_person(name):
            return None
    start = offset + text.find(name)
    title = ", ".join(clean_text(t).strip(" ,") for _, _, t in position) or None
    return ActorName(name, start, start + len(name), title=title, kind="Person")


# a line over the signer's name that says what the signature does: "Submitted on behalf of the Chapter by:"
SIGNED_BY_RE = re.compile(r"^\W*+(?:Submitted|Signed|Presented|Prepared|Sent)\b[^.]{0,80}\bby\s*:?\s*$", re.I)
NOTES_RULE_RE = re.compile(r"^\s*(?:_{5,}|-{5,})\s*$")
NOTES_TAIL = 40  # lines: a text's notes at its end, under a rule


def _end_above_notes(lines: list[SourceLine]) -> int:
    """The last line of the text above the notes that end it (a rule, then "¹ ..." lines), else its last line:
    a signature stands above a Word export's endnotes."""
    for n in range(len(lines), max(len(lines) - NOTES_TAIL, 0), -1):
        if NOTES_RULE_RE.match(lines[n - 1][2]):
            below = next((t for _, _, t in lines[n:] if t.strip()), "")
            return n - 1 if FOOTNOTE_RE.match(below) else len(lines)
    return len(lines)


def closing_signature(lines: list[SourceLine]) -> tuple[ActorName, int] | None:
    """The signature that ends a document after its conclusion, with no letter around it: a
    personal name on a line of its own, then the signer's position ("Jan Kleijssen" / "Director,
    Information Society"), maybe under a closing ("Sincerely,").  The signer and the block's
    first line (a closing's, if there is one); None when the last paragraph is no such block.

    >>> rows, at = [], 0
    >>> for n, t in enumerate(["10. We stand ready to help.", "", "Jan Kleijssen", "Director, Information Society"], 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> signer, line = closing_signature(rows)
    >>> signer.name, signer.title, line
    ('Jan Kleijssen', 'Director, Information Society', 3)
    """
    end = _end_above_notes(lines)
    while end and not lines[end - 1][2].strip():
        end -= 1
    if end > 1 and date_line(lines[end - 1][2]) is not None:
        end -= 1  # "Paris, 30 November 2016" under the signature, alone or right under it
        while end and not lines[end - 1][2].strip():
            end -= 1
    first = end
    while first > 1 and lines[first - 2][2].strip():
        first -= 1
    if first < end and SIGNED_BY_RE.match(lines[first - 1][2]):  # "Submitted on behalf of the Chapter by:"
        first += 1
    block = lines[first - 1:end]
    if len(block) == 1 and (name := _name_a_blank_above(lines, first)) is not None:
        block, first = [name, *block], name[0]  # "Adebayo Cole" / "" / "Secretary-General"
    elif not 2 <= len(block) <= SIGNATURE_MAX_LINES or _signature(lines, first - 1) != block:
        return None
    if any("\t" in t or t.lstrip().startswith("|") for _, _, t in block):  # a table's rows sign nothing
        return None
    signer = _signer(block)
    if signer is None or signer.title is None or not signer.title[:1].isupper():
        return None
    above = first - 1
    while above > 1 and not lines[above - 1][2].strip():
        above -= 1
    closing = above if above >= 1 and CLOSING_RE.match(clean_text(lines[above - 1][2])) else first
    return signer, closing


def _name_a_blank_above(lines: list[SourceLine], first: int) -> SourceLine | None:
    """The line a blank above line ``first`` when it is a personal name alone (a signer's, over the position)."""
    if first < 3 or lines[first - 2][2].strip() or not (above := lines[first - 3])[2].strip() or \
            (first > 3 and lines[first - 4][2].strip()):
        return None
    return above if looks_like_person(clean_text(above[2]).strip()) and len(above[2].split()) <= 5 else None


def courtesy_end(lines: list[SourceLine]) -> int | None:
    """The first line of a closing courtesy that ends the text ("Thank you, Mr. Chair."): no part of
    the last item it follows.

    >>> courtesy_end([(1, 0, "4. Requests the secretariat to act."), (2, 36, ""), (3, 37, "Thank you, Mr. Chair.")])
    3
    >>> courtesy_end([(1, 0, "Thank you for the draft; we propose changes.")]) is None
    True
    >>> courtesy_end([(1, 0, "6. Kenya stands ready to work with all stakeholders towards a consensus.")])
    1
    >>> courtesy_end([(1, 0, "We propose X."), (2, 14, ""), (3, 15, "We look forward to"), (4, 34, "the meeting.")])
    3
    >>> courtesy_end([(1, 0, "¶ 9  We propose X."), (2, 19, ""), (3, 20, "¶ 10  ISOC remains at the disposal of the "
    ...               "Working Group."), (4, 70, ""), (5, 71, "Yours sincerely,")])  # the closing under it
    3
    """
    last = next((k for k in range(len(lines), 0, -1) if lines[k - 1][2].strip()
                 and not CLOSING_RE.match(lines[k - 1][2].strip())), None)
    if last is None:
        return None
    first = last
    while first > 1 and lines[first - 2][2].strip() and last - first < COURTESY_MAX_LINES - 1:
        first -= 1
    if first > 1 and lines[first - 2][2].strip():
        return None  # the last paragraph is longer than a courtesy
    text = " ".join(clean_text(t) for _, _, t in lines[first - 1:last]).strip(" *_")
    text = ITEM_NUMBER_RE.sub("", text)  # numbered like the items above it
    if first < last and re.search(r"[.!?]\s+[A-Z]", text):
        return None  # a wrapped paragraph of more than one sentence
    return first if COURTESY_RE.match(text) else None


# a sender named in the last line: "Permanent Mission of Argentina, Geneva", "Ministry of ICT of Ghana"
SENDER_LINE_RE = re.compile(
    r"^\W*+(?:(?:Permanent\s+)?Mission|Delegation|Embassy|Government)\s+of\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,5})"
    r"(?:\s+to\s+the\s+[\w\s.,-]{3,90}?)?(?:,\s*[A-Z][\w .-]{1,40})?[\s*_.]*$")


def closing_sender(lines: list[SourceLine]) -> tuple[ActorName, int] | None:
    """The state a mission, a delegation or an embassy that signs the last line speaks for, and
    that line: the sender of a document whose front matter names none.

    >>> closing_sender([(1, 0, "1. We agree."), (2, 13, ""), (3, 14, "Permanent Mission of Argentina, Geneva")])
    (ActorName(name='Argentina', start=35, end=44, title=None, kind=None), 3)
    """
    last = next((k for k in range(len(lines), 0, -1) if lines[k - 1][2].strip()), None)
    if last is None or last > 1 and lines[last - 2][2].strip():
        return None  # the last paragraph is one line of its own
    _, at, text = lines[last - 1]
    m = SENDER_LINE_RE.match(text)
    return (ActorName(m.group("who"), at + m.start("who"), at + m.end("who")), last) if m else None


def signed_for(lines: list[SourceLine]) -> tuple[ActorName, ActorName | None, int] | None:
    """The closing signature's signer, the organisation the signature names (its last part that looks
    like one: "Jane Roe" / "President and CEO" / "Internet Society"), and the block's first line; None
    with no signature.  A document whose front matter names no one is the organisation's, delivered by
    the signer, or the signer's own when the signature names no organisation.

    >>> rows, at = [], 0
    >>> for n, t in enumerate(["1. We agree.", "", "Yours sincerely,", "", "Jane Roe", "President and CEO",
    ...                        "Internet Society"], 1):
    ...     rows.append((n, at, t)); at += len(t) + 1
    >>> signer, org, line = signed_for(rows)
    >>> signer.name, org.name, line
    ('Jane Roe', 'Internet Society', 3)
    """
    found = closing_signature(lines) or _under_closing(lines)
    if found is None:
        return None
    signer, line = found
    if signer.kind != "Person":  # "Yours sincerely," / "Internet Society": the organisation signs
        return signer, None, line
    for part in reversed([p.strip() for p in (signer.title or "").split(",")]):
        name = re.sub(r"^the\s+", "", part)
        if looks_like_organization(name) or name[:1].isupper() and not POSITION_RE.search(name):  # "Access Now"
            at = next((off + t.find(name) for _, off, t in lines[line - 1:] if name in t), None)
            return signer, None if at is None else ActorName(name, at, at + len(name), kind="Organization"), line
    return signer, None, line


SIGNED_MARK_RE = re.compile(r"^\W*(?:signed|original\s+signed)\W*$", re.I)  # "(signed)" over the name


def _under_closing(lines: list[SourceLine]) -> tuple[ActorName, int] | None:
    """Who signs under a closing ("Yours sincerely,") when the signature is no name over a position:
    "Jane Roe, President and CEO" on one line, a "(signed)" mark over the name, or the organisation alone.
    The signer (a Person with its position, or an organisation) and the closing's line."""
    tail = [(n, at, t) for n, at, t in lines[-(SIGNATURE_MAX_LINES + 3):] if t.strip()]
    closing = next((k for k, (_, _, t) in enumerate(tail) if CLOSING_RE.match(clean_text(t))), None)
    if closing is None:
        return None
    block = [row for row in tail[closing + 1:] if not SIGNED_MARK_RE.match(row[2])]
    if not 1 <= len(block) <= SIGNATURE_MAX_LINES:
        return None
    _, at, text = block[0]
    head, _, position = clean_text(text).partition(",")
    name = head.strip()
    if len(block) > 1 or looks_like_person(name) and position.strip():
        rest = [position.strip()] if position.strip() else []
        rest += [clean_text(t).strip() for _, _, t in block[1:]]
        start = at + text.find(name)
        return ActorName(name, start, start + len(name), title=", ".join(rest) or None, kind="Person"), \
            tail[closing][0]
    start = at + text.find(name)
    kind: ActorKind = "Person" if looks_like_person(name) and not looks_like_organization(name) else "Organization"
    return ActorName(name, start, start + len(name), kind=kind), tail[closing][0]

"""The front matter of a document: the UN CSTD cover, the title, "Submitted by" lines,
the disclaimer and e-mail style "From:/Date:/Subject:" lines; then, for any layout, what
is still missing from the fields, by-line, date line and letterhead of its first lines
(:mod:`wgec.graph.layout.covertitle`, :mod:`wgec.graph.layout.fields`, :mod:`wgec.graph.layout.titles`).  A field
found nowhere stays None: nothing is made up."""
from __future__ import annotations

import re

from wgec.graph.layout.blocks import META_RE, classify_line
from wgec.graph.layout.boilerplate import plain
from wgec.graph.layout.bylines import self_described, submitted_in_note
from wgec.graph.layout.covertitle import COVER_RE, DISCLAIMER_RE, SUBMITTED_BY_RE, read_cover_title
from wgec.graph.layout.datelines import StatedDate, closing_date, date_line, labelled_date, trailing_date
from wgec.graph.layout.fields import FIELD_RE, Front, front_end, read_fields
from wgec.graph.layout.letterheads import letterhead, name_under_title, presenter, state_over_office
from wgec.graph.layout.letters import (
    closing_sender,
    closing_signature,
    courtesy_end,
    cover_letter,
    signed_for,
)
from wgec.graph.layout.mail import (
    behalf_opening,
    forwarded_message,
    quoted_reply,
    without_forwarding,
    without_prefix,
)
from wgec.graph.layout.model import ActorName, ParsedDocument
from wgec.graph.layout.names import (
    looks_like_person,
    split_behalf,
)
from wgec.graph.layout.owners import names_line, submitters_from_title, title_names
from wgec.graph.layout.signatories import signatories
from wgec.graph.layout.symbols import document_symbol
from wgec.graph.layout.titles import DOCNOUN_RE, SALUTATION_RE, find_title

FRONT_LINES = 40  # the lines a memo's header ("To:", "From:", "Subject:") stands among
SourceLine = tuple[int, int, str]  # (line number from 1, offset, text), as SourceFile.lines() gives them
# "Contribution of X to ...", "Submission from X on ...", "Comments by X": the title names the submitter
# "Contribution of X to the WGEC"; a Spanish or French title too ("Contribución de la República Argentina al
# Grupo de Trabajo ...", "Contribution du Sénégal au Groupe de travail ..."), after "The" too ("The Views of the
# Kingdom of Bahrain on Enhanced Cooperation")

def parse_header(doc: ParsedDocument) -> int:
    """Read title, submitters, From/Date lines; return the first body line."""
    lines = doc.source.lines()
    body_first, meta_from = 1, None  # meta_from: where e-mail style "Date:"/"From:" lines may start
    if (forwarded := forwarded_message(lines)) is not None:  # the forwarder's header and note: not the document's
        lines = without_forwarding(lines, forwarded)
        body_first = forwarded + 1
    cover = next((n for n, _, t in lines[:15] if COVER_RE.fullmatch(t.strip())), None)
    if cover is not None:
        body_first, meta_from = read_cover_title(doc, lines, cover)
    submitted = next(((n, m) for n, _, t in lines[:40] if (m := SUBMITTED_BY_RE.match(t))), None)
    if submitted is not None:
        body_first = max(body_first, _read_submitted_by(doc, lines, *submitted))
    disclaimer = next((n for n, _, t in lines if DISCLAIMER_RE.match(t)), None)
    if disclaimer is not None:
        body_first = max(body_first, _disclaimer_end(lines, disclaimer) + 1)
    body_first = _read_meta_lines(doc, lines, meta_from if meta_from is not None else body_first, body_first)
    if doc.subject is not None and (reply := quoted_reply(lines, body_first)) is not None:
        lines = lines[:reply - 1]  # an e-mail's reply: the message it quotes is not its text
        doc.body_last_line = reply - 1
    if not doc.submitters and doc.title and doc.title_span:
        submitters_from_title(doc)
    body_first = _read_any_layout(doc, lines, body_first)
    _sent_on_behalf(doc, lines, body_first)
    if (symbol := document_symbol([t for _, _, t in lines])) is not None:
        _, start, text = lines[symbol[1]]
        at = start + text.index(symbol[0])
        doc.symbol, doc.symbol_span = symbol[0], (at, at + len(symbol[0]))
    if not doc.submitters:
        _submitters_signing(doc, lines)
    _submitted_as_noted(doc, lines)
    doc.submitters = [country] if (country := state_over_office(lines, doc.submitters)) else doc.submitters
    _closing_signer(doc, lines)
    courtesy = courtesy_end(lines[:doc.body_last_line])  # the last paragraph above a signature, if any
    if courtesy is not None and courtesy > body_first:
        doc.body_last_line = min(doc.body_last_line or courtesy - 1, courtesy - 1)
    return body_first


def _submitted_as_noted(doc: ParsedDocument, lines: list[SourceLine]) -> None:
    """An editor's note ("this post was submitted by the Digital Policy Observatory to the Working Group ...")
    names the submitter; the person whose by-line the post has wrote it for them."""
    if all(a.kind == "Person" for a in doc.submitters) and (noted := submitted_in_note(lines)) is not None \
            and noted.name not in {a.name for a in doc.submitters}:
        doc.submitters, doc.delivered_by = [noted], doc.delivered_by or doc.submitters


def _submitters_signing(doc: ParsedDocument, lines: list[SourceLine]) -> None:
    """With no by-line, title owner or letterhead: who signs at the end (a joint statement's "Signed by:", a
    mission's closing, a letter's signature), else the organisation a paragraph near the top says it is."""
    if (signed := signatories(lines)) is not None:  # a joint statement's "Signed by:"
        doc.submitters = signed[0]
        doc.body_last_line = signed[1] - 1  # the names signed are not the statement's text
        doc.warnings.append(f"{doc.source.name}:{signed[1]}: no 'Submitted by' line; submitters read from the "
                            f"signatories: {', '.join(a.name for a in doc.submitters)}")
    elif (sender := closing_sender(lines)) is not None:  # "Permanent Mission of X, Geneva"
        doc.submitters = [sender[0]]
        doc.body_last_line = min(doc.body_last_line or sender[1] - 1, sender[1] - 1)
    elif (letter_signed := signed_for(lines)) is not None:  # a letter signed, no by-line
        signer, org, line = letter_signed
        doc.submitters, doc.delivered_by = ([org], [signer]) if org is not None else ([signer], [])
        doc.body_last_line = min(doc.body_last_line or line - 1, line - 1)
    elif (described := self_described(lines)) is not None:  # "The X (ACR) is a regional network of ..."
        doc.submitters = [described]


def _sent_on_behalf(doc: ParsedDocument, lines: list[SourceLine], body_first: int) -> None:
    """A person's e-mail that opens "On behalf of the Ministry of X, please find ...": the ministry submits,
    the person delivers."""
    if doc.subject is None or doc.delivered_by or not doc.submitters or \
            any(a.kind != "Person" for a in doc.submitters):
        return
    if behalf := behalf_opening(lines, body_first):
        doc.delivered_by, doc.submitters = doc.submitters, behalf


def _closing_signer(doc: ParsedDocument, lines: list[SourceLine]) -> None:
    """An organisation's document signed after its conclusion ("Jan Kleijssen" / "Director, ..."):
    the signer delivered it, as a cover letter's signer does; the signature is not its text (nor is it when
    the signer is already known to submit or deliver, as an e-mail's sender)."""
    if not doc.submitters or (found := closing_signature(lines)) is None:
        return
    signer, line = found
    if not doc.delivered_by and all(a.kind != "Person" and a.name != signer.name for a in doc.submitters):
        doc.delivered_by = [signer]
    for a in doc.submitters:  # "From: Daniel Okafor" and his signature: a person who writes for himself
        a.kind = signer.kind if a.name == signer.name and a.kind is None else a.kind
    if any(a.name == signer.name for a in doc.delivered_by + doc.submitters):
        doc.body_last_line = min(doc.body_last_line or line - 1, line - 1)


def _read_submitted_by(doc: ParsedDocument, lines: list[SourceLine], n: int, m: re.Match[str]) -> int:
    """Submitters from line ``n`` ("Submitted by X", maybe wrapped) or, when the line ends there,
    from the paragraph under it.  Returns the line after the names."""
    source = doc.source
    if m.group(1).strip(" *"):
        line = source.line_text(n)
        at = line.find(m.group(1))
        more, k = _paragraph_lines(lines, n + 1)
        names = [(source.line_starts[n - 1] + at, line[at:]), *more]
    else:
        k = n + 1
        while k <= len(lines) and not lines[k - 1][2].strip():
            k += 1
        names, k = _paragraph_lines(lines, k)
    if names:
        start = names[0][0]
        end = names[-1][0] + len(names[-1][1].rstrip())
        raw = source.text[start:end].replace("*", " ").replace("\n", " ")
        if (dated := trailing_date(raw)) is not None:  # "Submitted by X, 5 December 2016": X, and the date
            raw = raw[:dated[0]]
            if doc.date is None:
                _set_date(doc, StatedDate(dated[1].value, dated[1].precision, start + dated[1].start,
                                          start + dated[1].end))
        doc.submitters, doc.on_behalf_of = split_behalf(raw, start)
    return k


def _paragraph_lines(lines: list[SourceLine], k: int) -> tuple[list[tuple[int, str]], int]:
    """(offset, text) of lines ``k``, ``k + 1``... up to a blank, disclaimer, metadata, field or
    date line ("Publication date: ..." under "Submitted by: Kenya"), and the number of that line."""
    out: list[tuple[int, str]] = []
    while k <= len(lines) and lines[k - 1][2].strip() and not DISCLAIMER_RE.match(lines[k - 1][2]) \
            and not META_RE.match(lines[k - 1][2]) and not FIELD_RE.match(lines[k - 1][2]) \
            and not labelled_date(lines[k - 1][2]) and not date_line(lines[k - 1][2]):
        out.append((lines[k - 1][1], lines[k - 1][2]))
        k += 1
    return out, k


def _disclaimer_end(lines: list[SourceLine], disclaimer: int) -> int:
    """The last line of the disclaimer: a disclaimer may wrap over several lines, its whole paragraph."""
    end = disclaimer
    while end < len(lines) and lines[end][2].strip() and \
            classify_line(lines[end][2])[0] not in ("meta", "item", "heading"):
        end += 1
    return end


def _read_meta_lines(doc: ParsedDocument, lines: list[SourceLine], k: int, body_first: int) -> int:
    """E-mail style metadata from line ``k`` on: anywhere in the front matter (after the title,
    around the disclaimer) and right after it.  The body starts after the last such line."""
    while k <= len(lines):
        _, offset, text = lines[k - 1]
        kind = classify_line(text)[0]
        if kind == "meta":
            _read_meta_field(doc, k, offset, text)
            body_first = max(body_first, k + 1)
        elif kind != "blank" and k >= body_first:
            break
        k += 1
    return body_first


def _read_meta_field(doc: ParsedDocument, line: int, offset: int, text: str) -> None:
    """A "From:" line names the submitters (unless known), "Date:" dates the document, "Subject:" its subject."""
    m = META_RE.match(text)
    if m is None:
        return
    field_name, value = m.group(1).lower(), m.group(2).strip()
    value_start = offset + text.find(value) if value else offset
    if field_name == "from" and not doc.submitters and value:
        doc.submitters, doc.on_behalf_of = split_behalf(re.sub(r"<[^>]*>", "", value), value_start)
        for name in doc.submitters:  # "Jane Roe <jane@example.org>": a person's mailbox
            name.kind = "Person" if "<" in value and looks_like_person(name.name) else name.kind
    elif field_name in ("date", "sent") and value and doc.date is None:
        found = labelled_date(text)
        if found is not None and found[1] is not None:
            _set_date(doc, StatedDate(found[1].value, found[1].precision, offset + found[1].start,
                                      offset + found[1].end))
        else:
            doc.warnings.append(f"{doc.source.name}:{line}: date {value!r} not understood")
    elif field_name == "subject":
        doc.subject = without_prefix(value)


def _set_date(doc: ParsedDocument, found: StatedDate) -> None:
    doc.date, doc.date_precision, doc.date_span = found.value, found.precision, (found.start, found.end)


def _read_any_layout(doc: ParsedDocument, lines: list[SourceLine], body_first: int) -> int:
    """What the cover and e-mail lines did not give, from the first lines of any layout: the
    title, labelled fields, a by-line, a date line, the title's or the letterhead's submitter,
    a closing date line.  Returns the first body line (after the lines read)."""
    last = max(front_end(lines), body_first - 1)
    subject = _subject(doc, lines, last)
    letter = cover_letter(lines) if doc.title is None else None
    if letter is not None:  # a cover letter: the document's title follows its signature
        end = max(last, front_end(lines, letter.end + 1))
        if (title := find_title(lines, letter.end + 1, end)) is not None:
            doc.title, doc.title_span, last = title.text, (title.start, title.end), end
        else:
            letter = None  # no document follows: the letter is the text (an open letter), not a cover
    above = letter.salutation - 1 if letter is not None else last  # not the letter's body nor its signature
    if doc.title is None and (title := find_title(lines, 1, above)) is not None:
        doc.title, doc.title_span = title.text, (title.start, title.end)
        if subject is not None and title.end < subject[0] and not DOCNOUN_RE.search(title.text):
            doc.title, doc.title_span = doc.subject, subject  # a memo's letterhead and address over its "Subject:"
    elif doc.title is None and subject is not None:  # an e-mail: its subject is its title
        doc.title, doc.title_span = doc.subject, subject
    title_lines = set(range(doc.source.line_of(doc.title_span[0]), doc.source.line_of(doc.title_span[1] - 1) + 1)) \
        if doc.title_span else set()
    front = read_fields(lines, 1, last, title_lines)
    if doc.date is None and front.date is not None:
        _set_date(doc, front.date)
    if not doc.submitters:
        _front_submitters(doc, lines, front, letter.sender if letter else None, min(title_lines, default=last + 1) - 1)
    doc.on_behalf_of = doc.on_behalf_of or front.behalf
    _delivered_for_submitter(doc, front)
    _owner_over_sender(doc)
    _officer_of_letterhead(doc, lines)
    if letter is not None and letter.signer is not None and not doc.delivered_by and doc.submitters and \
            all(a.kind != "Person" and a.name != letter.signer.name for a in doc.submitters):
        doc.delivered_by = [letter.signer]  # the letter's signer sends the organisation's contribution
    if doc.date is None and (closing := closing_date(lines)) is not None and closing[1] > last:
        _set_date(doc, closing[0])
    used = [n for n in title_lines | front.used if n <= last]
    if subject is not None:
        used.append(doc.source.line_of(subject[0]))
    first = max([body_first] + [n + 1 for n in used])
    salutation = next((n for n in range(first, min(first + 3, len(lines) + 1)) if lines[n - 1][2].strip()), None)
    if salutation is not None and SALUTATION_RE.match(lines[salutation - 1][2].strip(" *_")):
        first = salutation + 1  # "Dear CSTD secretariat,": the letter's opening, not its content
    return first


def _front_submitters(doc: ParsedDocument, lines: list[SourceLine], front: Front, sender: ActorName | None,
                      above_title: int) -> None:
    """Who submits, from the front matter's fields, else a note verbale's sender, the title or the letterhead,
    a department, a contact."""
    doc.submitters, doc.delivered_by = front.submitters()
    if not doc.submitters and sender is not None:
        doc.submitters = [sender]  # a note verbale's mission sends its state's contribution
    if not doc.submitters:
        _submitters_from_title_or_letterhead(doc, lines, above_title)
    if not doc.submitters and doc.title_span:  # a presentation's title slide: the organisation presenting it
        doc.submitters = presenter(lines, doc.source.line_of(doc.title_span[1] - 1))
    doc.submitters = doc.submitters or front.units[:1]  # a department no title or letterhead places
    doc.submitters = doc.submitters or front.contacts[:1]  # whom to contact, when nothing else names anyone


def _delivered_for_submitter(doc: ParsedDocument, front: Front) -> None:
    """"Delivered by Mr. X, First Secretary, ..., on behalf of the Arab Group" under a title the group's: the group
    submits, the one person named delivers."""
    if doc.delivered_by or not doc.submitters or len(front.persons) != 1 or front.persons[0].kind != "Person":
        return
    behalf = {a.name.casefold() for a in front.behalf}
    if all(a.name.casefold() in behalf for a in doc.submitters):
        doc.delivered_by = list(front.persons)


UNIT_RE = re.compile(r"\b(?:Unit|Division|Section|Bureau|Directorate|Department)\s*$")  # an office within


def _owner_over_sender(doc: ParsedDocument) -> None:
    """A person who mailed "Contribution of the Internet Society to ..." delivered the
    organisation's contribution: the organisation submits, the person delivers.  A unit that mailed it
    ("From: Internet Governance Unit") is the organisation's office, not the submitter."""
    m = title_names(doc.title or "")
    units = all(UNIT_RE.search(a.name) for a in doc.submitters) or m is not None and _its_offices(doc, m.group("who"))
    if not doc.submitters or any(a.kind != "Person" for a in doc.submitters) and not units or doc.delivered_by:
        return
    if m is None or doc.title_span is None or looks_like_person(m.group("who")):
        return
    sender = doc.submitters
    submitters_from_title(doc)
    if doc.submitters and doc.submitters != sender and not units:
        doc.delivered_by = sender


OFFICE_RE = re.compile(r"\b(?:Ministry|Department|Office|Agency|Affairs|Development|Communications|Innovation|"
                       r"Authority|Directorate|Secretariat|Mission|Commission)\b")


def _its_offices(doc: ParsedDocument, owner: str) -> bool:
    """Whether the submitters read from a by-line are offices of the title's owner: "Canada's Response ..." /
    "Submitted by Innovation, Science and Economic Development Canada and Global Affairs Canada"."""
    owner = re.sub(r"^the\s+|['’]s?$", "", owner.strip(), flags=re.I)
    names = [a.name for a in doc.submitters]
    return bool(owner) and bool(names) and names[-1].endswith(f" {owner}") and OFFICE_RE.search(names[-1]) is not None \
        and 2 * sum(f" {owner}" in name for name in names) >= len(names)  # (not "Republic of Kenya" under "Kenya")


def _officer_of_letterhead(doc: ParsedDocument, lines: list[SourceLine]) -> None:
    """A memo's "From: Alan Barrett, Chief Executive Officer, AFRINIC" under a letterhead line "AFRINIC": the
    organisation the letterhead and the sender's title both name submits, its officer delivers."""
    if len(doc.submitters) != 1 or doc.delivered_by or doc.submitters[0].kind != "Person":
        return
    person = doc.submitters[0]
    org = (person.title or "").rpartition(",")[2].strip(" .").casefold()
    header = next((n for n, _, text in lines[:FRONT_LINES] if META_RE.match(text)), None)
    if not org or "," not in (person.title or "") or header is None:
        return
    for _, offset, text in lines[:header - 1]:
        if (name := plain(text)).casefold() == org:
            at = offset + text.find(name)
            doc.submitters, doc.delivered_by = [ActorName(name, at, at + len(name), kind="Organization")], [person]
            return


def _subject(doc: ParsedDocument, lines: list[SourceLine], last: int) -> tuple[int, int] | None:
    """The span of the e-mail "Subject:" among the first lines (read into ``doc.subject``)."""
    for _, offset, text in lines[:last]:
        m = META_RE.match(text)
        if m is not None and m.group(1).lower() == "subject" and without_prefix(m.group(2).strip()):
            value = without_prefix(m.group(2).strip())
            doc.subject = doc.subject or value
            start = offset + text.find(value)
            return start, start + len(value)
    return None


JOINT_TITLE_RE = re.compile(r"\bjoint\b|\b(?:countries|states|governments|nations)\b", re.I)


def _subtitle(doc: ParsedDocument, lines: list[SourceLine]) -> tuple[int, int] | None:
    """The span of the line under the title, its emphasis marks out ("*A contribution of X to ...*")."""
    assert doc.title_span is not None
    below = doc.source.line_of(doc.title_span[1] - 1)
    _, offset, text = next(((n, o, t) for n, o, t in lines[below:below + 3] if t.strip()), (0, 0, ""))
    inner = text.strip().strip("*_ ")
    return (offset + text.find(inner), offset + text.find(inner) + len(inner)) if inner else None


def _submitters_from_title_or_letterhead(doc: ParsedDocument, lines: list[SourceLine], last: int) -> None:
    """The title's owner ("APC submission to ..."), else an organisation heading the page above
    the title or standing alone under it; the letterhead's full name when it spells out the title's
    acronym (said in a warning)."""
    if doc.title and doc.title_span:
        submitters_from_title(doc)
        if not doc.submitters and (subtitle := _subtitle(doc, lines)) is not None:
            submitters_from_title(doc, subtitle)
        if not doc.submitters and JOINT_TITLE_RE.search(doc.title):  # a joint statement's states, a line under its
            doc.submitters = names_line(lines, doc.source.line_of(doc.title_span[1] - 1))  # title: "Denmark – ..."
    head = letterhead(lines, 1, last)
    if not head and not doc.submitters and doc.title_span:
        head = name_under_title(lines, doc.source.line_of(doc.title_span[1] - 1))
    if not head or len(doc.submitters) > 1:
        return
    if doc.submitters and doc.submitters[0].kind == "Person" and doc.submitters[0].title and \
            head[0].name.casefold() in doc.submitters[0].title.casefold():
        doc.delivered_by = doc.submitters  # an officer of the organisation heading the page speaks for it
        doc.submitters = []
    if doc.submitters and not re.search(rf"\b{re.escape(doc.submitters[0].name)}\b", head[0].name):
        return
    doc.warnings = [w for w in doc.warnings if "submitters read from the title" not in w]
    doc.submitters = head
    doc.warnings.append(f"{doc.source.name}:{doc.source.line_of(head[0].start)}: no 'Submitted by' line; "
                        f"author read from the letterhead: {head[0].name}")

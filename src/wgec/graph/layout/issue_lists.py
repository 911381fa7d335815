"""Mappings of issues to organisations written as lines or sentences, not as tables.

Documents state which organisations or forums address an issue in several forms besides a table: a
list line ("- Cybersecurity: ITU, OECD", "Cybersecurity — ITU and OECD", "Infrastructure issues: ITU, UNDP")
or a sentence ("Issues of infrastructure should be addressed by ITU and UNDP.", "Cybersecurity falls within
the mandate of ITU and OECD.").  A line is one only when everything right of its colon or dash is a list of
names that look like organisations or acronyms, at least one of them known to the gazetteer: "Cybersecurity:
governments should cooperate" states no mapping.  The gazetteer is read as data (``graph/data/gazetteer.csv``,
as :mod:`wgec.graph.layout.provisions` reads its CSV): the layout layer does not import the linker.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import IssueMapping, TableCell

#: Whether a name (as written, whitespace collapsed) names a known organisation or forum.
Known = Callable[[str], bool]

MAPPED_TYPES = {"Organization", "Forum", "WorkingGroup", "Group"}  # not states, people or instruments
SMALL_WORDS = {"of", "for", "on", "the", "and", "de", "des", "du", "la", "le", "in", "to", "et", "y", "at", "&"}
NAME_WORD_RE = re.compile(r"^\(?[A-Z0-9][\w.'’&+-]*\)?,?$")
ACRONYM_END_RE = re.compile(r"\(\s*[A-Z][A-Za-z0-9-]{1,11}s?\s*\)$")  # "... on Drugs and Crime (UNODC)"
# between two names: "ITU, OECD", "ITU; OECD", "ITU and OECD", "ITU / OECD", "ITU & OECD", "ITU, OECD, and UNESCO"
SEPARATOR_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*/\s*|^and\s+")
LEAD_THE_RE = re.compile(r"^(?:the|The)\s+")
# words that make the left of a colon a field or a role, not an issue ("Submitted by: ITU", "Partners: ITU")
NOT_ISSUE_RE = re.compile(
    r"^(?:to|from|cc|bcc|re|subject|date)$|"
    r"\b(?:by|members?|partners?|sources?|participants?|sponsors?|co-sponsors?|contacts?|signed|submitted|chair|"
    r"responsible|lead|attendees?|speakers?|panel(?:ists)?|delegations?|observers?|organi[sz]ations?|"
    r"agenc(?:y|ies)|bod(?:y|ies)|forums?|mechanisms?|institutions?|stakeholders?|actors?|see|note|copy|venue|"
    r"host|should|must|will|is|are|was|were|in\s+particular|for\s+(?:example|instance)|e\.g|i\.e|including|"
    r"such\s+as|notably|namely|especially|example|list|annex|contribut\w*|authors?|prepared|compiled|"
    r"respondents?|submitters?|signator\w*|answers?|responses?|repl(?:y|ies)|comments?|on\s+behalf|"
    r"organi[sz]ed|convened|hosted|facilitat\w*|coordinat\w*|moderat\w*|secretariat)\b", re.I)
# the separator of a list line: a colon, or a dash with spaces ("Cybersecurity — ITU", "Spam - ITU")
# or an arrow ("Spam -> ITU", "Spam → ITU", "Spam => ITU")
LINE_RE = re.compile(r"^(?P<issue>[*_]{0,2}[\w(][^:\n|]{1,120}?)(?P<sep>\s*:|\s[–—-]{1,2}\s|\s*(?:-{1,2}>|=>|[→⇒➔➜⟶])|"
                     r"\s*[.…]{3,}\s*)"  # dot leaders: "Cross-border e-commerce logistics ...... UPU, WTO"
                     r"\s*(?P<orgs>\S.*?)\s*[.;]?\s*$", re.S)
# a cheap test first: most lines of a document have no separator within the reach of an issue's name
HAS_SEPARATOR_RE = re.compile(r":|\s[–—-]{1,2}\s|->|=>|[→⇒➔➜⟶]|\.{3}|…")
SEPARATOR_WITHIN = 140
ISSUE_MAX_WORDS = 12
MAX_NAMES_CHARS = 400  # a list of organisations is no longer
# what may stand between two lines of one list: blank lines, a bullet, a number or letter ("2.", "b)", "(iv)")
BETWEEN_RE = re.compile(r"(?:\s|[^\w\s]|(?<!\w)(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,4})(?=[.)]))*+")  # (possessive: linear)
PROSE_VERB = (r"(?:(?:(?:should|must|shall|could|can|may|would|will)\s+(?:continue\s+to\s+)?be|is|are|is\s+being|"
              r"are\s+being|has\s+been|have\s+been)\s+(?:primarily\s+|mainly\s+|best\s+)?(?:addressed|dealt\s+with|"
              r"handled|covered|tackled)\s+by|(?:falls?|lies?|comes?|(?:should|must)\s+(?:fall|lie|be)|is|are)\s+"
              r"(?:within|under)\s+the\s+(?:mandate|remit|competence|purview)s?\s+of|(?:is|are|should\s+be|"
              r"remains?)\s+the\s+(?:responsibility|remit|mandate)\s+of)")
# a sentence: its issue, the verb, the organisations to its full stop ("Spam is addressed by ITU and OECD.")
PROSE_RE = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=\n))(?P<issue>[A-Z][^.;:!?()]{1,100}?)\s+" + PROSE_VERB +
                      r"\s+(?P<orgs>[^.;!?]+?(?:\.[A-Z]\.?)*?)\s*(?:\.(?=\s|$)|$)")

PROSE_CUE_RE = re.compile(r"\b(?:addressed|dealt\s+with|handled|covered|tackled)\s+by\b|\b(?:within|under)\s+the\s+"
                          r"(?:mandate|remit|competence|purview)|\bthe\s+(?:responsibility|remit|mandate)\s+of\b")


@lru_cache(maxsize=1)
def gazetteer_names() -> tuple[frozenset[str], frozenset[str]]:
    """(acronyms, other names lower-cased) of the organisations and forums of the bundled gazetteer; an acronym
    matches in its case only, as the gazetteer matches it ("ITU", not "itu")."""
    ref = resources.files("wgec.graph") / "data" / "gazetteer.csv"
    acronyms: set[str] = set()
    names: set[str] = set()
    for row in csv.DictReader(ref.read_text(encoding="utf-8").splitlines()):
        if row.get("type") not in MAPPED_TYPES:
            continue
        written = [*(row.get("aliases") or "").split("|"), *(row.get("odd_spellings") or "").split("|")]
        for name in [row["label"], *written]:
            name = re.sub(r"@[a-z]{2,3}$", "", name.strip())
            letters = [c for c in name if c.isalpha()]
            if letters and all(c.isupper() for c in letters):
                acronyms.add(name)
            elif name:
                names.add(name.lower())
    return frozenset(acronyms), frozenset(names)


def known_name(name: str) -> bool:
    """Whether the bundled gazetteer names this organisation or forum (commas ignored: a list's commas may
    stand in a name, "United Nations Educational, Scientific and Cultural Organization").

    >>> known_name("ITU"), known_name("itu"), known_name("Organisation for Economic Co-operation and Development")
    (True, False, True)
    """
    acronyms, names = gazetteer_names()
    name = re.sub(r"\s+", " ", name).strip()
    return name in acronyms or name.lower() in names or name.replace(",", "").lower() in names


def looks_like_name(name: str, known: Known = known_name) -> bool:
    """A known name, an acronym ("UNODC", "W3C", "RIRs") or a name of capitalised words ("Council of Europe"):
    a phrase with a lower-case word ("governments should cooperate") names no organisation.

    >>> [looks_like_name(n) for n in ("UNODC", "Council of Europe", "governments", "Industry", "all States")]
    [True, True, False, False, False]
    """
    if known(name):
        return True
    words = name.split()
    if not words or len(words) > 12 or words[0].lower() in SMALL_WORDS:
        return False
    if len(words) == 1:
        return sum(c.isupper() for c in name) >= 2 and NAME_WORD_RE.match(name) is not None
    return all(w.lower() in SMALL_WORDS or NAME_WORD_RE.match(w) for w in words)


def _pieces(text: str, offset: int, pattern: re.Pattern[str]) -> list[TableCell]:
    """``text`` cut at ``pattern`` outside brackets, each piece with its offsets (``offset`` is text's own)."""
    cuts: list[tuple[int, int]] = []
    depth = 0
    pos = 0
    while pos < len(text):
        depth += {"(": 1, ")": -1}.get(text[pos], 0)
        m = pattern.match(text, pos) if depth <= 0 else None
        if m and m.end() > m.start():
            cuts.append((m.start(), m.end()))
            pos = m.end()
            continue
        pos += 1
    bounds = [0] + [c for cut in cuts for c in cut] + [len(text)]
    out = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[a:b]
        stripped = piece.strip(" \t\n.*_")
        lead = LEAD_THE_RE.match(stripped)
        if lead:
            stripped = stripped[lead.end():]
        if stripped:
            start = a + piece.index(stripped)
            out.append(TableCell(re.sub(r"\s+", " ", stripped), offset + start, offset + start + len(stripped)))
    return out


def _merged(pieces: list[TableCell], source: str, base: int, known: Known) -> list[TableCell]:
    """Neighbouring pieces joined again where together they are a known name ("Organisation for Economic
    Co-operation" + "Development"), the longest first."""
    out: list[TableCell] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces) - 1, i, -1):
            whole = source[pieces[i].start - base:pieces[j].end - base]
            if known(re.sub(r"\s+", " ", whole)) or spelled_by_acronym(whole):
                out.append(TableCell(re.sub(r"\s+", " ", whole), pieces[i].start, pieces[j].end))
                i = j + 1
                break
        else:
            out.append(pieces[i])
            i += 1
    return out


def split_names(text: str, offset: int = 0, known: Known = known_name) -> list[TableCell]:
    """The names a list of organisations gives, apart: at commas, semicolons, " and ", " / ", " & ", but never
    inside a known name or one its acronym spells ("United Nations Office on Drugs and Crime (UNODC)").

    >>> [c.text for c in split_names("ITU and OECD")]
    ['ITU', 'OECD']
    >>> [c.text for c in split_names("the ITU, Organisation for Economic Co-operation and Development & UNESCO")]
    ['ITU', 'Organisation for Economic Co-operation and Development', 'UNESCO']
    >>> [c.text for c in split_names("United Nations Educational, Scientific and Cultural Organization")]
    ['United Nations Educational, Scientific and Cultural Organization']
    """
    names = _merged(_pieces(text, offset, SEPARATOR_RE), text, offset, known)
    return [c for c in names if c.text.lower().rstrip(".") != "etc"]


def spelled_by_acronym(name: str) -> bool:
    """Whether a name ends in the acronym its capitalised words spell: then it is one name, whatever "and" it
    holds.

    >>> spelled_by_acronym("United Nations Office on Drugs and Crime (UNODC)"), spelled_by_acronym("ITU and OECD")
    (True, False)
    """
    m = ACRONYM_END_RE.search(name)
    if m is None:
        return False
    initials = "".join(w[0] for w in re.findall(r"[\w-]+", name[:m.start()]) if w[0].isupper())
    acronym = re.sub(r"s$", "", m.group(0).strip("() "))
    return len(acronym) >= 2 and initials.upper() == acronym.upper()


def organisation_list(text: str, offset: int = 0, known: Known = known_name,
                      strict: bool = True) -> list[TableCell] | None:
    """The names of a list of organisations, or None when it is not one: a part that looks like no name, or
    (``strict``) no part the gazetteer knows.

    >>> [c.text for c in organisation_list("UNODC, Council of Europe") or []]
    ['UNODC', 'Council of Europe']
    >>> organisation_list("governments should cooperate with the ITU") is None
    True
    """
    if len(text) > MAX_NAMES_CHARS:
        return None
    names = split_names(text, offset, known)
    if not names or not all(looks_like_name(n.text, known) for n in names):
        return None
    return names if not strict or any(known(n.text) for n in names) else None


def _issue(text: str, start: int, known: Known) -> TableCell | None:
    """The issue on the left of a mapping: a phrase of one to twelve words, no field label ("Submitted by"),
    no sentence ("The ITU is"), not itself an organisation."""
    stripped = text.strip(" \t\n*_")
    words = stripped.split()
    if not 1 <= len(words) <= 12 or NOT_ISSUE_RE.search(stripped) or known(LEAD_THE_RE.sub("", stripped)) \
            or not stripped[0].isupper():
        return None
    at = start + text.index(stripped)
    return TableCell(re.sub(r"\s+", " ", stripped), at, at + len(stripped))


def mapping_line(text: str, offset: int = 0, known: Known = known_name, strict: bool = True) -> IssueMapping | None:
    """A line "Issue: organisations" (or "Issue — organisations", "Issue -> organisations"), its marker already
    off; None if it is not.  Not ``strict``, no name need be known to the gazetteer (a line of a list whose
    other lines name known ones: "Protection of personal data -> African Union").

    >>> m = mapping_line("Cybercrime: UNODC, Council of Europe")
    >>> m.issue.text, [c.text for c in m.organisations]
    ('Cybercrime', ['UNODC', 'Council of Europe'])
    >>> mapping_line("Cybersecurity: governments should cooperate") is None
    True
    """
    sep = HAS_SEPARATOR_RE.search(text, 0, SEPARATOR_WITHIN)
    m = LINE_RE.match(text) if sep is not None and text.count(" ", 0, sep.start()) <= ISSUE_MAX_WORDS + 2 \
        and len(text) - sep.end() <= MAX_NAMES_CHARS else None
    if m is None:  # (an issue has a few words before its separator: a sentence's colon is no mapping's)
        return None
    issue = _issue(m.group("issue"), offset + m.start("issue"), known)
    orgs = organisation_list(m.group("orgs"), offset + m.start("orgs"), known, strict) if issue else None
    if issue is None or orgs is None:
        return None
    return IssueMapping(issue, orgs, offset + m.start(), offset + m.end("orgs"))


def separator(line: str) -> str:
    """The kind of a mapping line's separator: "colon", "dash" or "arrow" ("" if it has none).

    >>> separator("Spam: ITU"), separator("Spam – ITU"), separator("Spam -> ITU"), separator("Spam → ITU")
    ('colon', 'dash', 'arrow', 'arrow')
    """
    m = LINE_RE.match(line)
    sep = m.group("sep").strip() if m else ""
    return "" if not sep else "colon" if sep == ":" else "dash" if sep in ("–", "—", "-", "--", "——") else "arrow"


def is_mapping(text: str) -> bool:
    """Whether a block's text states mappings only: one mapping line, or lines each one (a run of "X: Y"
    lines read as one paragraph; lines of one list, half of them naming a known organisation; a line
    "X -> Y" of names).  Such a line lists who addresses an issue; it proposes nothing.

    >>> is_mapping("Spam: ITU, OECD"), is_mapping("Spam: ITU, OECD\\nCybercrime: UNODC, OECD"), is_mapping("Spam")
    (True, True, False)
    >>> is_mapping("Data -> African Union\\nSpam -> ITU"), is_mapping("Data: African Union\\nVenue: Geneva")
    (True, False)
    """
    if mapping_line(text) is not None:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    found = _line_mappings(text, 0)
    if not found or len(found) != len(lines):
        return False
    return len(lines) > 1 and len(_listed(found)) == len(lines) or {kind for _, _, kind in found} == {"arrow"}


def mapping_sentences(text: str, offset: int = 0, known: Known = known_name) -> list[IssueMapping]:
    """The sentences of a paragraph that say who addresses an issue, both sides clear.

    >>> [(m.issue.text, [c.text for c in m.organisations]) for m in mapping_sentences(
    ...     "Issues of infrastructure should be addressed by ITU and UNDP. Spam falls within the mandate of OECD.")]
    [('Issues of infrastructure', ['ITU', 'UNDP']), ('Spam', ['OECD'])]
    """
    out: list[IssueMapping] = []
    if PROSE_CUE_RE.search(text) is None:  # the verbs first: a paragraph with none states no mapping
        return out
    for m in PROSE_RE.finditer(text):
        issue = _issue(m.group("issue"), offset + m.start("issue"), known)
        orgs = organisation_list(m.group("orgs"), offset + m.start("orgs"), known) if issue else None
        if issue is not None and orgs is not None:
            out.append(IssueMapping(issue, orgs, offset + m.start("issue"), offset + m.end()))
    return out


def read_issue_mappings(blocks: Iterable[Block], source: SourceFile) -> list[IssueMapping]:
    """Mappings stated in the body's lines and paragraphs (tables are :mod:`~wgec.graph.layout.tables`'):
    a block that is one mapping line, else each of its lines that is one (lines read as one paragraph, or
    joined to the paragraph above them: "... where each is addressed:" then "Spam -> ITU"), else its
    sentences that state one.  A line that names no organisation the gazetteer knows is read when the
    other lines of its list do (:func:`_listed`)."""
    found: list[_Line] = []
    sentences: list[IssueMapping] = []
    for block in blocks:
        if block.kind not in ("item", "para", "heading"):
            continue
        raw = block.raw(source)
        if "\t" in raw or "|" in raw:
            continue
        whole = mapping_line(raw, block.start)
        if whole is not None:
            found.append((whole, True, separator(raw)))
            continue
        lines = _line_mappings(raw, block.start)
        found.extend(lines)
        if block.kind != "heading":  # its sentences outside those lines
            sentences.extend(m for m in mapping_sentences(raw, block.start)
                             if not any(m.start < line.end and line.start < m.end for line, _, _ in lines))
    out = [m for run in _runs(found, source.text) for m in _listed(run)]
    return sorted(out + sentences, key=lambda m: m.start)


#: a line's mapping (read with no name known), whether a name is known ("strict"), its separator's kind
_Line = tuple[IssueMapping, bool, str]


def _line_mappings(raw: str, offset: int) -> list[_Line]:
    """The lines of a block that are mapping lines, a known name or none ("Spam: ITU" then "Cybercrime: OECD"
    with no full stop between are read as one paragraph; a mapping line with none before a paragraph joins
    that paragraph)."""
    out = []
    pos = 0
    for whole in raw.split("\n"):
        line = whole.lstrip()  # an indented list's lines after its first
        at = offset + pos + len(whole) - len(line)
        found = mapping_line(line, at, strict=False) if line else None
        if found is not None:  # (strict: one of its names known, as mapping_line(line) would ask)
            out.append((found, any(known_name(c.text) for c in found.organisations), separator(line)))
        pos += len(whole) + 1
    return out


def _runs(lines: list[_Line], text: str) -> list[list[_Line]]:
    """Mapping lines in runs: lines with nothing between them but blank lines and list markers."""
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and BETWEEN_RE.fullmatch(text, runs[-1][-1][0].end, line[0].start) is not None:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _listed(run: list[_Line]) -> list[IssueMapping]:
    """The mappings of a run of lines: those naming a known organisation, and the others as well when the
    lines share one separator and half of them at least name a known organisation (a list: "Spectrum ->
    ITU", "Protection of personal data -> African Union"); a lone line naming none states nothing."""
    strict = [m for m, known, _ in run if known]
    if strict and len({kind for _, _, kind in run}) == 1 and 2 * len(strict) >= len(run):
        return [m for m, _, _ in run]
    return strict

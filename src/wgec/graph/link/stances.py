"""Stances on the questions of the debate, found in sentences by rules and a lexicon.

Pure: text in, :class:`StanceFinding` out (no RDF).  The lexicon
(``graph/data/debate-lexicon.csv``) lists, per position of the debate, the
phrases that support or oppose it, and the cues that change what a phrase means:

- **negation** in the same clause before a negatable phrase flips it ("there is
  no need for new institutional mechanisms" opposes a new mechanism);
- **reported speech** ("some other participants are against...", "it was
  noted", "the Group agreed", "the Tunis Agenda recognized", a passage in
  quotation marks, "They proposed..." right after such a sentence) is a view the text
  ascribes to others: the finding is ``reported``, names the holder, and is not
  the author's stance; the items listed under a reported sentence ("2 tres ...:")
  inherit it;
- a **conditional** ("if found appropriate ...") is not a commitment: the
  finding is ``conditional`` and not the author's stance either;
- an **option** put forward for consideration ("further consideration be given to the
  following initiatives: ...") is not advocacy: the finding is ``option`` and not the
  author's stance; the items of such a list inherit it;
- a **hedge** ("could", "consider") lowers the confidence only.

>>> lex = load_lexicon()
>>> [(f.position, f.polarity, f.asserted) for f in find_stances(
...     "There is no need for new institutional mechanisms.", lex)[0]]
[('new-un-mechanism', 'opposes', True)]
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from wgec.errors import DataFileError
from wgec.graph.ingest.markup import STRIKE_RE, SUP_RE, SUPERSCRIPT_RE, TAG_RE
from wgec.graph.layout.sentences import QUOTE_RE, split_sentences

COLUMNS = ("kind", "name", "position", "polarity", "confidence", "negatable", "trigger", "pattern")
CUE_KINDS = ("negation", "reported", "anaphor", "conditional", "hedge", "option")
POLARITIES = ("supports", "opposes")
HEDGE_FACTOR = 0.8
NEGATION_FACTOR = 0.9
REPORTED_FACTOR = 0.5
CONDITIONAL_FACTOR = 0.5
OPTION_FACTOR = 0.5
CLAUSE_BREAK = re.compile(r"[,;:(—–]|\b(?:but|while|whereas|although)\b", re.I)
TRIGGER_LETTERS = 8  # triggers and words are compared on their first letters, at most this many
WORD_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Rule:
    """One line of the lexicon: a phrase for a position (or a cue, with no position)."""

    kind: str
    name: str
    pattern: re.Pattern[str]
    position: str = ""
    polarity: str = ""
    confidence: float = 0.0
    negatable: bool = False
    trigger: frozenset[str] = frozenset()  # word beginnings one of which a match contains; empty: any text

    def tried_on(self, triggers: frozenset[str]) -> bool:
        """Whether a sentence in which ``triggers`` were found may match (a cheap test first)."""
        return not self.trigger or not self.trigger.isdisjoint(triggers)


@dataclass(frozen=True)
class Lexicon:
    stances: tuple[Rule, ...]
    cues: dict[str, tuple[Rule, ...]]
    triggers: frozenset[str] = frozenset()  # every rule's trigger words
    lengths: tuple[int, ...] = ()  # their lengths
    _of_word: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)  # a cache

    def positions(self) -> set[str]:
        return {r.position for r in self.stances}

    def triggers_in(self, sentence: str) -> frozenset[str]:
        """The trigger words with which a word of ``sentence`` begins (one word may begin with several)."""
        found: set[str] = set()
        for word in WORD_RE.findall(sentence.lower()):
            hits = self._of_word.get(word)
            if hits is None:
                hits = tuple(word[:n] for n in self.lengths if word[:n] in self.triggers)
                if len(self._of_word) < 100_000:
                    self._of_word[word] = hits
            found.update(hits)
        return frozenset(found)


def _with_triggers(stances: list[Rule], cues: dict[str, list[Rule]]) -> Lexicon:
    triggers = frozenset(w for rule in stances + [r for rs in cues.values() for r in rs] for w in rule.trigger)
    return Lexicon(tuple(stances), {k: tuple(v) for k, v in cues.items()}, triggers,
                   tuple(sorted({len(w) for w in triggers})))


@dataclass(frozen=True)
class Frame:
    """What a list item inherits from the sentence that introduces it ("... are against ...:")."""

    holder: str | None = None  # the reported holder, when the frame is reported speech
    conditional: bool = False
    hedged: bool = False
    option: bool = False  # an option put forward for consideration, not advocated


@dataclass(frozen=True)
class StanceFinding:
    """A stance found in one sentence, at offsets of the text given to :func:`find_stances`."""

    position: str  # slug under id:position/
    polarity: str  # supports | opposes
    start: int  # the sentence (the evidence)
    end: int
    rule: str  # lexicon rule name, "+negated" when a negation flipped it
    confidence: float
    holder: str | None = None  # who holds it when the text reports another's view
    conditional: bool = False
    negated: bool = False
    cues: tuple[str, ...] = field(default=())
    option: bool = False  # put forward as an option for consideration

    @property
    def reported(self) -> bool:
        return self.holder is not None

    @property
    def asserted(self) -> bool:
        """The author's own stance: neither reported, nor conditional, nor only an option."""
        return not self.reported and not self.conditional and not self.option

    @property
    def method(self) -> str:
        return f"rule:{self.rule}"


# ------------------------------------------------------------------ lexicon

def parse_lexicon(text: str, source: str) -> Lexicon:
    """Read the lexicon CSV (comment lines start with '#'); errors name the file and line."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines or tuple(next(csv.reader([lines[0][1]]))) != COLUMNS:
        raise DataFileError(source, lines[0][0] if lines else 1, f"header must be {','.join(COLUMNS)}")
    macros: dict[str, str] = {}
    stances: list[Rule] = []
    cues: dict[str, list[Rule]] = {k: [] for k in CUE_KINDS}
    for n, line in lines[1:]:
        row = next(csv.reader([line]))
        if len(row) != len(COLUMNS):
            raise DataFileError(source, n, f"expected {len(COLUMNS)} columns, found {len(row)}")
        kind, name, position, polarity, confidence, negatable, trigger, pattern = (v.strip() for v in row)
        expanded = _expand(pattern, macros, source, n)
        if kind == "macro":
            macros[name] = expanded
            continue
        compiled = _compile(expanded, source, n)
        words = frozenset(w.lower()[:TRIGGER_LETTERS] for w in trigger.split())
        if kind in CUE_KINDS:
            cues[kind].append(Rule(kind, name, compiled, trigger=words))
        elif kind == "stance":
            rule = _stance_rule(name, compiled, position, polarity, confidence, negatable, source, n)
            stances.append(replace(rule, trigger=words))
        else:
            raise DataFileError(source, n, f"unknown kind {kind!r}")
    return _with_triggers(stances, cues)


def _expand(pattern: str, macros: dict[str, str], source: str, line: int) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise DataFileError(source, line, f"unknown macro {{{m.group(1)}}}")
        return macros[m.group(1)]

    return re.sub(r"\{([A-Z]+)\}", one, pattern).replace(" ", r"\s+")


def _compile(pattern: str, source: str, line: int) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.I)
    except re.error as exc:
        raise DataFileError(source, line, f"bad pattern ({exc})") from None


def _stance_rule(name: str, pattern: re.Pattern[str], position: str, polarity: str, confidence: str,
                 negatable: str, source: str, line: int) -> Rule:
    if polarity not in POLARITIES:
        raise DataFileError(source, line, f"polarity must be one of {', '.join(POLARITIES)}")
    if not re.fullmatch(r"[a-z0-9-]+", position):
        raise DataFileError(source, line, f"position {position!r} must be a slug such as new-un-mechanism")
    try:
        value = float(confidence)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise DataFileError(source, line, f"confidence {confidence!r} must be a number in (0, 1]")
    return Rule("stance", name, pattern, position, polarity, value, negatable == "yes")


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The bundled lexicon, or the one at ``path``."""
    if path is None:
        ref = resources.files("wgec.graph") / "data" / "debate-lexicon.csv"
        return parse_lexicon(ref.read_text(encoding="utf-8"), "debate-lexicon.csv")
    try:
        return parse_lexicon(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read the stance lexicon ({exc})") from exc


# ------------------------------------------------------------------ text

def mask_markup(text: str) -> str:
    """The text with markup and struck wording blanked out, same length (offsets kept).

    >>> mask_markup("a ~~old~~-new **b**")
    'a         new   b  '
    """
    def struck(m: re.Match[str]) -> str:
        kept = m.group(2) or ""
        return " " * (m.end() - m.start() - len(kept)) + kept

    def blank(m: re.Match[str]) -> str:
        return " " * (m.end() - m.start())

    text = STRIKE_RE.sub(struck, text)
    for regex in (SUP_RE, TAG_RE, SUPERSCRIPT_RE):
        text = regex.sub(blank, text)
    for mark in "*✓_\u00a0":  # emphasis, check-mark bullets, no-break spaces: one character each
        text = text.replace(mark, " ")
    return text


# ------------------------------------------------------------------ rules

def _negated(sentence: str, start: int, end: int, negation: tuple[Rule, ...]) -> bool:
    """A negation cue in the clause of the phrase ``sentence[start:end]``: before it (at most 60
    characters back) or inside it ("existing mechanisms are not sufficient")."""
    before = sentence[:start]
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(before)), default=0)
    window = sentence[max(clause_start, start - 60):end]
    return any(rule.pattern.search(window) for rule in negation)


def _cue(kind: str, sentence: str, prefixes: frozenset[str], lexicon: Lexicon) -> re.Match[str] | None:
    for rule in lexicon.cues[kind]:
        if rule.tried_on(prefixes) and (m := rule.pattern.search(sentence)):
            return m
    return None


def _holder(sentence: str, prefixes: frozenset[str], lexicon: Lexicon, previous: str | None) -> str | None:
    m = _cue("reported", sentence, prefixes, lexicon)
    if m:
        return " ".join((m.groupdict().get("holder") or m.group(0)).split())
    if previous is not None and _cue("anaphor", sentence, prefixes, lexicon):
        return previous  # "They proposed ...": the same holder as the sentence before
    return None


def _in_quote(start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in quotes)


def _sentence_findings(text: str, span: tuple[int, int], lexicon: Lexicon, own: Frame,
                       quotes: list[tuple[int, int]], prefixes: frozenset[str]) -> list[StanceFinding]:
    """The best finding per position in the sentence ``text[span]``; ``own`` is the sentence's
    frame (reported holder, conditional, hedged: its own cues and what it inherits)."""
    start, end = span
    sentence = text[start:end]
    best: dict[str, StanceFinding] = {}
    for rule in lexicon.stances:
        if not rule.tried_on(prefixes):
            continue
        for m in rule.pattern.finditer(sentence):
            polarity, name, confidence = rule.polarity, rule.name, rule.confidence
            negated = rule.negatable and _negated(sentence, m.start(), m.end(), lexicon.cues["negation"])
            if negated:
                polarity = "opposes" if polarity == "supports" else "supports"
                name, confidence = f"{name}+negated", confidence * NEGATION_FACTOR
            who = own.holder or ("quoted text" if _in_quote(start + m.start(), start + m.end(), quotes) else None)
            cues = tuple(c for c, on in (("hedged", own.hedged), ("conditional", own.conditional),
                                         ("option", own.option), ("reported", who)) if on)
            confidence *= (HEDGE_FACTOR if own.hedged else 1) * (REPORTED_FACTOR if who else 1) * \
                (CONDITIONAL_FACTOR if own.conditional else 1) * (OPTION_FACTOR if own.option else 1)
            found = StanceFinding(rule.position, polarity, start, end, name, round(confidence, 2), who,
                                  own.conditional, negated, cues, own.option)
            kept = best.get(rule.position)
            if kept is None or (found.confidence, found.polarity == "opposes") > (kept.confidence,
                                                                                  kept.polarity == "opposes"):
                best[rule.position] = found
    return [best[p] for p in sorted(best)]


def find_stances(text: str, lexicon: Lexicon, frame: Frame = Frame()) -> tuple[list[StanceFinding], Frame]:
    """The stances of one unit of text (a proposal), sentence by sentence, at offsets of ``text``;
    and the frame the unit's list items inherit (its last sentence's: reported, conditional, hedged).

    ``text`` should have its markup masked (:func:`mask_markup`); ``frame`` is what the unit
    inherits from its parent item.
    """
    whole = _trimmed_length(text)
    quotes = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text) if m.end() - m.start() < 0.9 * whole]
    findings: list[StanceFinding] = []
    last = frame
    for span, last, prefixes in sentence_frames(text, lexicon, frame):
        findings.extend(_sentence_findings(text, span, lexicon, last, quotes, prefixes))
    return findings, last


def sentence_frames(text: str, lexicon: Lexicon, frame: Frame = Frame()
                    ) -> list[tuple[tuple[int, int], Frame, frozenset[str]]]:
    """Each sentence of ``text`` with its frame (its own cues and what it inherits from ``frame``:
    reported holder, conditional, hedged, option) and the trigger words found in it."""
    out: list[tuple[tuple[int, int], Frame, frozenset[str]]] = []
    last = frame
    for span in split_sentences(text):
        sentence = text[span[0]:span[1]]
        prefixes = lexicon.triggers_in(sentence)
        last = Frame(frame.holder or _holder(sentence, prefixes, lexicon, last.holder),
                     frame.conditional or _cue("conditional", sentence, prefixes, lexicon) is not None,
                     frame.hedged or _cue("hedge", sentence, prefixes, lexicon) is not None,
                     frame.option or _cue("option", sentence, prefixes, lexicon) is not None)
        out.append((span, last, prefixes))
    return out


def _trimmed_length(text: str) -> int:
    return max(1, len(text.strip()))

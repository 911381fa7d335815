"""Word's automatic list numbering, reconstructed from ``numbering.xml``.

A numbered paragraph in a .docx file does not hold its number: it holds ``<w:numPr>``
(a list instance ``numId`` and a level ``ilvl``), directly or through its style, and
``numbering.xml`` says how each level is counted and written (``decimal`` and
``%1.``, ``lowerLetter`` and ``(%1)``, ``bullet``...).  Counters run per abstract
list, so list instances that share one continue each other's numbering unless an
instance restarts a level (``<w:lvlOverride><w:startOverride>``), as Word does; a
level's counter restarts whenever a shallower level moves on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "-"
MAX_LEVELS = 9
MAX_COUNTER = 32767  # Word's largest list number; past it a counter is written in digits, not letters or numerals
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    child = element.find(f"{W}{tag}") if element is not None else None
    return child.get(f"{W}val", default) if child is not None else default


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def roman(n: int) -> str:
    """Lower-case roman numeral.

    >>> roman(14), roman(4)
    ('xiv', 'iv')
    """
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's lower-case letter numbering: a..z, then aa, bb...

    >>> letters(1), letters(26), letters(27)
    ('a', 'z', 'aa')
    """
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats.

    >>> [format_number(3, f) for f in ("decimal", "lowerLetter", "upperRoman", "decimalZero")]
    ['3', 'c', 'III', '03']
    >>> format_number(10**15, "lowerRoman"), format_number(-2, "lowerLetter")
    ('1000000000000000', '-2')
    """
    if not 0 <= n <= MAX_COUNTER and fmt != "none":
        return str(n)  # a list starting at 10**15 in roman numerals would write 10**12 'm's
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    fmt: str  # decimal, lowerLetter, bullet, ...
    text: str  # lvlText, e.g. "%1." or "(%2)"
    start: int


@dataclass
class Numbering:
    """The numbering definitions of one Word file and the running counters."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, restarts)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    @classmethod
    def from_element(cls, root: Any) -> Numbering:
        """Read ``<w:numbering>`` (None for a file without lists)."""
        numbering = cls()
        if root is None:
            return numbering
        for absnum in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in absnum.findall(f"{W}lvl"):
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = Level(
                    _val(lvl, "numFmt", "decimal") or "decimal", _val(lvl, "lvlText", "") or "",
                    _int(_val(lvl, "start"), 1))
            numbering.abstract[absnum.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            restarts = {_int(o.get(f"{W}ilvl"), 0): _int(_val(o, "startOverride"), 1)
                        for o in num.findall(f"{W}lvlOverride") if o.find(f"{W}startOverride") is not None}
            numbering.nums[num.get(f"{W}numId", "")] = (_val(num, "abstractNumId", "") or "", restarts)
        return numbering

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """The number (or bullet) Word shows for the next paragraph of list ``num_id`` at
        level ``ilvl``; None when the list is unknown or numbering is switched off."""
        if num_id not in self.nums:
            return None
        abstract_id, restarts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(abstract_id, [None] * MAX_LEVELS)
        if num_id not in self.seen:
            self.seen.add(num_id)
            for lvl, start in restarts.items():
                if 0 <= lvl < MAX_LEVELS:
                    counters[lvl] = start - 1
                    counters[lvl + 1:] = [None] * (MAX_LEVELS - lvl - 1)
        current = counters[ilvl]
        counters[ilvl] = (current if current is not None else level.start - 1) + 1
        counters[ilvl + 1:] = [None] * (MAX_LEVELS - ilvl - 1)
        if level.fmt == "bullet":
            return BULLET
        return self._render(level.text, levels, counters)

    @staticmethod
    def _render(text: str, levels: dict[int, Level], counters: list[int | None]) -> str:
        def number(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            level = levels.get(lvl)
            if level is None or not 0 <= lvl < MAX_LEVELS:
                return ""
            value = counters[lvl]
            return format_number(value if value is not None else level.start, level.fmt)

        return re.sub(r"%([1-9])", number, text).strip()

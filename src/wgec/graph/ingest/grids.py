"""ASCII-art tables and boxes, as plain-text submissions and PDF text paste them, to what the layout
reads: a grid table's rows as tab-separated rows, a box's text as ordinary lines.

A frame is a border line (``+------+------+``, ``+======+``, ``┌───┐``; ``*****``, ``=====``, ``#####``),
lines between sides (``| ... |``, ``* ... *``) and a closing border.  Every character keeps its place
(a border becomes spaces, a side or a separator a space or a tab), so offsets into the text are those
of the file and every quote stays exact:

* a box (no line has an inner separator): its borders and sides become spaces, and its text reads
  as the lines it holds (a heading, items "R1 ...", paragraphs);
* a grid table (every line has as many inner separators): each inner separator becomes a tab, each
  right side stays ``|`` (so that a line with one cell filled is still a row), and a line that
  continues the row above (a cell wrapped over lines) keeps its left side ``|`` too, which the
  layout (layout/tables.py) reads as "joined to the row above".  Rows are told apart by the borders
  between them (reStructuredText, emacs: also a single row under a header ruled ``+====+``), or,
  where only the header has a ``+----+`` border under it (a database's output), a row is a line,
  continued by a line whose first cell is empty;
* a frame of ``=====`` (or ``#####``, ``*****``) lines with no sides: only its borders become spaces.

A line that merely starts with ``+`` or ``|`` ("+41 22 917 12 34", a menu "| Home | About |") has no
border over it and is left as written.
"""
from __future__ import annotations

CORNERS = frozenset("+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫")
RULES = frozenset("-=:─━═")
SIDES = frozenset("|│┃║")
FRAME_CHARS = "*#=~"  # a frame of one character: "*****" over "* text *" lines, or "=====" over plain lines
OPENERS = "".join(sorted(CORNERS)) + FRAME_CHARS
MIN_FRAME = 5  # characters in a frame's border line of one character
MAX_PLAIN_BOX = 40  # lines inside a frame of "=====" lines with no sides


def _is_grid_border(stripped: str) -> bool:
    return len(stripped) >= 3 and stripped[0] in CORNERS and stripped[-1] in CORNERS and \
        any(ch in RULES for ch in stripped) and all(ch in CORNERS or ch in RULES for ch in stripped)


def _frame_char(stripped: str) -> str | None:
    """The character of a one-character border line ("*****"), else None."""
    first = stripped[:1]
    if first and first in FRAME_CHARS and len(stripped) >= MIN_FRAME and stripped == first * len(stripped):
        return first
    return None


def _sided(stripped: str, sides: frozenset[str] | str) -> bool:
    return len(stripped) >= 2 and stripped[0] in sides and stripped[-1] in sides


def _separators(line: str) -> list[int]:
    """Positions of a sided line's inner separators."""
    first = len(line) - len(line.lstrip())
    last = len(line.rstrip()) - 1
    return [k for k in range(first + 1, last) if line[k] in SIDES]


def _blank(line: str) -> str:
    return " " * len(line)


def _unsided(line: str) -> str:
    """A box's line: its two sides spaces."""
    first, last = len(line) - len(line.lstrip()), len(line.rstrip()) - 1
    return f"{line[:first]} {line[first + 1:last]} {line[last + 1:]}"


def _grid_line(line: str, separators: list[int], continued: bool) -> str:
    """A grid table's line: inner separators tabs, the right side '|', the left side '|' when the
    line continues the row above, else a space."""
    chars = list(line)
    for k in separators:
        chars[k] = "\t"
    first, last = len(line) - len(line.lstrip()), len(line.rstrip()) - 1
    chars[first] = "|" if continued else " "
    chars[last] = "|"
    return "".join(chars)


def _grid(lines: list[str], first: int, last: int) -> list[str] | None:
    """The rewritten lines ``first``..``last`` of a grid frame (borders at both ends), or None when its
    lines are neither a box nor a table (rows of different numbers of cells: a spanning cell)."""
    body = [k for k in range(first, last + 1) if not _is_grid_border(lines[k].strip())]
    seps = {k: _separators(lines[k]) for k in body}
    counts = {len(s) for s in seps.values()}
    out = [_blank(line) for line in lines[first:last + 1]]
    if counts == {0}:
        for k in body:
            out[k - first] = _unsided(lines[k])
        return out
    if len(counts) != 1:
        return None
    groups: list[list[int]] = []
    for k in body:
        if groups and groups[-1][-1] == k - 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    # borders between the body's rows, or a header's ruled '=' (reStructuredText): each group is one row
    by_group = len(groups) >= 3 or len(groups) == 2 and any(ch in "=═" for ch in lines[groups[0][-1] + 1])
    for group in groups:
        for n, k in enumerate(group):
            line = lines[k]
            first_cell = line[len(line) - len(line.lstrip()) + 1:seps[k][0]]
            continued = n > 0 and (by_group or group is groups[0] and len(groups) > 1 or not first_cell.strip())
            out[k - first] = _grid_line(line, seps[k], continued)
    return out


def _grid_frame(lines: list[str], start: int) -> tuple[int, int]:
    """(last border, first line not scanned) of a grid frame opened at ``start``; the last border is
    ``start`` when no line between sides and closing border follows."""
    last_border, seen_body, k = start, False, start + 1
    while k < len(lines):
        stripped = lines[k].strip()
        if _is_grid_border(stripped):
            last_border = k if seen_body else last_border
        elif _sided(stripped, SIDES):
            seen_body = True
        else:
            break
        k += 1
    return last_border, k


def _char_frame(lines: list[str], start: int, ch: str) -> tuple[int, bool] | None:
    """(closing border, whether every line has sides) of a frame of ``ch`` lines opened at ``start``:
    over lines with sides ("* text *"), or, not under a line of text, over up to MAX_PLAIN_BOX lines
    with none (then the closing border has no text under it)."""
    k, sided = start + 1, True
    while k < len(lines) and _frame_char(lines[k].strip()) != ch:
        sided = sided and _sided(lines[k].strip(), ch)
        k += 1
        if not sided and (k - start > MAX_PLAIN_BOX or start and lines[start - 1].strip()):
            return None
    if k >= len(lines) or k == start + 1 or not sided and k + 1 < len(lines) and lines[k + 1].strip():
        return None
    return k, sided


def unframe(text: str) -> str:
    """The text with its grid tables as tab-separated rows and its boxes' frames dropped (same
    length, same offsets).

    >>> unframe("+-----+------+\\n| Key | Name |\\n+=====+======+\\n| ITU | Tele |\\n|     | com  |\\n+-----+-----+\\n")
    '              \\n  Key \\t Name |\\n              \\n  ITU \\t Tele |\\n|     \\t com  |\\n             \\n'
    >>> unframe("+--------+\\n| R1 Act |\\n+--------+\\nCall +41 22\\n")
    '          \\n  R1 Act  \\n          \\nCall +41 22\\n'
    """
    if "\n" not in text or not any(ch in text for ch in OPENERS):
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        stripped = lines[k].strip()
        if _is_grid_border(stripped):
            end, scanned = _grid_frame(lines, k)
            rewritten = _grid(lines, k, end) if end > k else None
            if rewritten is not None:
                lines[k:end + 1] = rewritten
            k = end + 1 if end > k else max(scanned, k + 1)
            continue
        ch = _frame_char(stripped)
        frame = _char_frame(lines, k, ch) if ch else None
        if frame is not None:
            closing, sided = frame
            for j in range(k + 1, closing) if sided else ():
                lines[j] = _unsided(lines[j])
            lines[k], lines[closing] = _blank(lines[k]), _blank(lines[closing])
            k = closing
        k += 1
    return "\n".join(lines)

"""Bold type in a PDF, written as the other readers write it: ``**like this**``.

A heading, a question label ("**Question 3:**") or a lead-in ("**Strengthen the IGF.** The WGEC should
...") is often told from the text around it only by its bold face, and the layout parser reads the
Word and HTML readers' ``**`` marks for it.  pypdf's layout mode, which gives the page's lines, says
nothing of fonts; its plain mode names the font of each piece of text.  So, on a page that uses a bold
face at all, the bold pieces are gathered in reading order and marked where a line of the layout text
starts with them.  Bold inside a line is left unmarked (emphasis, not structure).
"""
from __future__ import annotations

import re
from typing import Any

#: a bold face as PDF producers name it: "Arial-BoldMT", "TimesNewRomanPS-BoldItalicMT", "Calibri,Bold"
BOLD_FONT_RE = re.compile(r"bold|black|heavy|demi", re.I)
LOOK_AHEAD = 200  # lines: a run is looked for this far below the last one marked (a page holds far fewer), so
# that bold inside sentences, found at no line's start, costs a bounded search each, not one to the page's end


def _is_bold(font: Any) -> bool:  # font: a pypdf font dictionary, or None
    try:
        return bool(font) and bool(BOLD_FONT_RE.search(str(font.get("/BaseFont", ""))))
    except Exception:  # a damaged font dictionary is not bold
        return False


def has_bold_font(page: Any) -> bool:  # page: a pypdf PageObject
    """Whether the page's resources name a bold face (most pages of a plain text do not: no second pass)."""
    try:
        fonts = page["/Resources"]["/Font"]
        return any(_is_bold(ref.get_object()) for ref in fonts.values())
    except Exception:  # no resources, or fonts pypdf cannot read
        return False


def bold_runs(page: Any) -> list[str]:
    """The texts of the page set in bold, in reading order, each line of a run apart: consecutive bold
    pieces are one run; a piece in another face, or a line break between bold lines, ends it."""
    runs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", "".join(current)).strip()
        if text:
            runs.append(text)
        current.clear()

    def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if "\n" in text or not _is_bold(font):
            if text.strip() or "\n" in text:
                flush()
            if text.strip() and _is_bold(font):
                current.append(text)
            return
        current.append(text)

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # the layout text was read: without its bold, it is still read
        return []
    flush()
    return runs


def _run_pattern(run: str) -> re.Pattern[str]:
    return re.compile(r"[ \t]*+" + r"\s+".join(re.escape(w) for w in run.split()))


def mark_bold(lines: list[str], runs: list[str]) -> list[str]:
    """``lines`` with each bold run that starts a line written ``**run**``, the runs found in their order
    (a run found nowhere at a line's start, bold inside a sentence, is left out).

    >>> mark_bold(["Summary", "Keep the IGF. It works.", "Keep the IGF."], ["Keep the IGF."])
    ['Summary', '**Keep the IGF.** It works.', 'Keep the IGF.']
    >>> mark_bold(["  Question 1:   What is it?"], ["Question 1:"])
    ['  **Question 1:** What is it?']
    """
    out = list(lines)
    at = 0
    for run in runs:
        pattern = _run_pattern(run)
        for i in range(at, min(len(out), at + LOOK_AHEAD)):
            m = pattern.match(out[i])
            if m and (m.end() == len(out[i]) or not out[i][m.end()].isalnum()):
                lead = len(out[i]) - len(out[i].lstrip())
                rest = out[i][m.end():].lstrip(" \t")
                out[i] = out[i][:lead] + f"**{run}**" + (" " + rest if rest else "")
                at = i + 1
                break
    return out

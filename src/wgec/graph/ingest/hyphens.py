"""Words hyphenated at a line end, as PDF text (and text copied out of a PDF) leaves them.

A line that ends in ``recom-`` and goes on with ``mend`` in lower case is one word broken by
the typesetter: the reader joins it (``recommend``).  But a line may also break after the
hyphen of a compound the author wrote (``multi-`` / ``stakeholder``), and dropping that hyphen
would make words the corpus does not write.  No dictionary ships with wgec (a word list
large enough to tell ``experience`` from ``multistakeholder`` is megabytes, and WGEC
vocabulary is half acronyms and coinages), so the choice is made from the two halves with
small lists, in the direction of least damage:

- the hyphen stays when the first half is a compound prefix that is a word of its own
  (``multi``, ``non``, ``self``, ``cross``, ``well``, ``e``), an acronym (``ICT-`` /
  ``related``) or an adverb in ``-ly`` (``globally-`` / ``applicable``), or when the second
  half is a word that heads compounds (``related``, ``based``, ``led``, ``making``,
  ``stakeholder``...): a typesetter's break leaves neither shape;
- otherwise the halves are joined without the hyphen.  Prefixes that are also plain
  syllables (``inter``, ``pre``, ``re``, ``co``) are not kept: ``inter-`` / ``national`` is
  far more often ``international`` than a compound.

A wrongly kept hyphen reads as a compound (``multi-lateral``); a wrongly dropped one joins
a compound into one word (``decisionmaking``): both leave the words findable, unlike
``recom- mend``.  The joining happens where text is cleaned for proposals and titles
(:func:`wgec.graph.ingest.markup.clean_text`); offsets into the source are not touched.
"""
from __future__ import annotations

import re

#: A word broken at a line end: letters, a hyphen, the line break (blank lines a PDF's
#: double spacing leaves included), then a word that starts in lower case.
BROKEN_RE = re.compile(r"\b([A-Za-z]+)-[ \t]*\n\s*([a-z][A-Za-z]*)")
COMPOUND_PREFIXES = frozenset({"multi", "non", "self", "cross", "well", "e", "ill", "half", "all"})
COMPOUND_HEADS = frozenset(
    "related based driven led oriented centred centered centric making maker makers building level levels "
    "wide specific stakeholder stakeholders up to term scale friendly owned run sector sectoral "
    "governmental lateral national regional border cutting".split())


def keeps_hyphen(first: str, second: str) -> bool:
    """Whether ``first-`` at a line end and ``second`` on the next line are a compound.

    >>> keeps_hyphen("multi", "stakeholder"), keeps_hyphen("recom", "mend"), keeps_hyphen("ICT", "related")
    (True, False, True)
    >>> keeps_hyphen("globally", "applicable"), keeps_hyphen("Internet", "related"), keeps_hyphen("En", "hanced")
    (True, True, False)
    """
    if first.lower() in COMPOUND_PREFIXES or second in COMPOUND_HEADS:
        return True
    if len(first) > 1 and first.isupper():  # an acronym
        return True
    return len(first) > 4 and first.endswith("ly")


def _join(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    return f"{first}-{second}" if keeps_hyphen(first, second) else first + second


def join_broken_words(text: str) -> str:
    """Words broken at line ends made whole (see the module's rules).

    >>> join_broken_words("we recom-\\nmend a multi-\\nstakeholder and glob-\\n\\nal approach")
    'we recommend a multi-stakeholder and global approach'
    >>> join_broken_words("the WSIS-\\nIGF link")  # the next line starts in upper case: kept as written
    'the WSIS-\\nIGF link'
    """
    if "-" not in text or "\n" not in text:
        return text
    return BROKEN_RE.sub(_join, text)

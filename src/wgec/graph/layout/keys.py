"""Keys of parsed things: slugs of names and headings, numbered when a key repeats."""
from __future__ import annotations

import re

from wgec.graph.ingest.markup import clean_text


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, a leading article or title dropped.

    >>> slug("The Group of 77 and China"), slug("Mr. John Doe"), slug("***")
    ('group-of-77-and-china', 'john-doe', 'x')
    """
    text = re.sub(r"^(?:the|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", clean_text(text).lower()).strip("-") or "x"


def unique_key(key: str, seen: dict[str, int]) -> str:
    """``key`` the first time, then ``key-2``, ``key-3``... (``seen`` counts them).

    >>> seen: dict[str, int] = {}
    >>> unique_key("a", seen), unique_key("a", seen), unique_key("b", seen)
    ('a', 'a-2', 'b')
    """
    n = seen.get(key, 0) + 1
    seen[key] = n
    return key if n == 1 else f"{key}-{n}"

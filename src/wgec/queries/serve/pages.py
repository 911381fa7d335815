"""Pages (stub)."""
from __future__ import annotations

from pathlib import Path
from typing import Any


def page_routes(pool: Any, views: Path | None) -> list[Any]:
    return []

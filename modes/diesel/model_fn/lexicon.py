"""The request vocabulary kept as data (`lexicon.toml`), loaded once."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path


@cache
def _table() -> dict:
    return tomllib.loads((Path(__file__).parent / "lexicon.toml").read_text(encoding="utf-8"))


def words(section: str, key: str = "words") -> frozenset[str]:
    return frozenset(_table()[section][key])

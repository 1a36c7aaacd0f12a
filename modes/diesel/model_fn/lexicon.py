"""The request vocabulary kept as data (`lexicon.toml`), loaded once and typed here."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import NamedTuple


class Comparison(NamedTuple):
    words: tuple[str, ...]
    #: gt ge lt le
    op: str
    #: the kind of column compared: time or number
    measure: str


class Increment(NamedTuple):
    verbs: frozenset[str]
    #: + or -
    sign: str
    #: the word before the column ("add 5 to the stock"); None when the column follows the verb
    preposition: str | None


class Superlative(NamedTuple):
    direction: str
    #: words the measured column is named with
    measures: tuple[str, ...]


@cache
def _table() -> dict:
    return tomllib.loads((Path(__file__).parent / "lexicon.toml").read_text(encoding="utf-8"))


@cache  # the reader asks for the same word classes once per word of every request
def words(section: str, key: str = "words") -> frozenset[str]:
    return frozenset(_table()[section][key])


def phrases(section: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase) for phrase in _table()[section]["phrases"])


def mapping(section: str) -> dict:
    return dict(_table()[section])


def synonyms() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group["words"]) for group in _table()["synonyms"])


def comparisons() -> tuple[Comparison, ...]:
    return tuple(Comparison(tuple(c["words"]), c["op"], c["measure"]) for c in _table()["comparisons"])


def increments() -> tuple[Increment, ...]:
    return tuple(Increment(frozenset(i["verbs"]), i["sign"], i.get("preposition")) for i in _table()["increments"])


def superlatives() -> dict[str, Superlative]:
    return {word: Superlative(s["direction"], tuple(s["measures"])) for word, s in _table()["superlatives"].items()}


def kinds() -> dict[str, frozenset[str]]:
    return {kind: frozenset(verbs) for kind, verbs in _table()["kinds"].items()}

"""What an English word can be (noun, verb, adjective...), from a dictionary, not from our lists.

The readings of requests and descriptions need to know that "bring" and "enrol" are never
records, that "handmade" describes and does not name, and that "shelves" is the plural of
"shelf", for words nobody wrote into a list. lemminflect ships an English lexicon (about a
megabyte, no download at run time); a word it does not know is taken as a noun, since a
description's unknown words are mostly the business's own things.
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas


_CLITIC = re.compile(r"['’](s|ve|re|ll|d|m)\b")


def drop_clitics(text: str) -> str:
    """"we've got", "the firm's name", "they're in": the clitic is no word of its own."""
    return _CLITIC.sub("", text)


@cache
def word_classes(word: str) -> frozenset[str]:
    """The universal part-of-speech tags `word` can have: {"NOUN", "VERB"} for "book"."""
    return frozenset(getAllLemmas(word.lower())) or frozenset({"NOUN"})


def known_word(word: str) -> bool:
    return bool(getAllLemmas(word.lower()))


def can_be_noun(word: str) -> bool:
    return "NOUN" in word_classes(word) or "PROPN" in word_classes(word)


def only_verb(word: str) -> bool:
    """A word with no reading but a verb's: "bring", "enrolled", "taught"."""
    return word_classes(word) <= {"VERB", "AUX"}


def only_describes(word: str) -> bool:
    """An adjective or adverb that cannot name a thing: "handmade", "online", "various"."""
    return not can_be_noun(word) and bool(word_classes(word) & {"ADJ", "ADV"}) and "VERB" not in word_classes(word)


def noun_lemma(word: str) -> str | None:
    """The singular of a noun by the dictionary ("shelves" -> "shelf"), or None when it has none."""
    lemmas = getAllLemmas(word.lower()).get("NOUN")
    return lemmas[0] if lemmas else None


def verb_lemma(word: str) -> str | None:
    """The plain verb of an inflected one by the dictionary ("returned" -> "return", "taken" ->
    "take"), or None when the word is no verb."""
    lemmas = getAllLemmas(word.lower()).get("VERB")
    return lemmas[0] if lemmas else None


def is_participle(word: str) -> bool:
    """An inflected verb that can stand after a noun: "placed", "made", "taught", "sold"."""
    lemma = verb_lemma(word)
    return lemma is not None and lemma != word.lower() and not word.lower().endswith("s")


def adjective_lemma(word: str) -> str | None:
    """The plain adjective of a comparative or superlative: "stronger", "strongest" -> "strong"."""
    lemmas = getAllLemmas(word.lower()).get("ADJ")
    return lemmas[0] if lemmas else None


def names_a_thing(word: str) -> bool:
    """A noun that is not also a describing or doing word: "town", "customers", not "brewed"."""
    return can_be_noun(word) and not (word_classes(word) & {"ADJ", "ADV"}) and not only_verb(word)

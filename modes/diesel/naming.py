"""Diesel's naming conventions: plural snake_case tables, singular PascalCase models.

Singular and plural come from an English dictionary (lemminflect's lexicon, shipped with the
package), so `statuses`, `analyses`, `series`, `children` and `leaves` turn into `status`,
`analysis`, `series`, `child` and `leaf`, not `statuse` or `childs`. Words the lexicon does not
know (a business's own coinages) get its regular rules. Only the last word of a snake_case name
changes: `staff_members` -> `staff_member`.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from lemminflect import getAllLemmas, getInflection, getLemma

#: the few plurals the lexicon keeps apart as words of their own ("people" is no form of "person")
_IRREGULAR: dict[str, str] = tomllib.loads((Path(__file__).with_name("naming.toml")).read_text(encoding="utf-8"))["plural"]
_SINGULAR_OF = {plural_form: word for word, plural_form in _IRREGULAR.items()}


def _last_word(name: str) -> tuple[str, str]:
    head, _, last = name.rpartition("_")
    return (head + "_" if head else ""), last


@cache
def singular(name: str) -> str:
    """`owners` -> `owner`, `categories` -> `category`, `statuses` -> `status`, `children` ->
    `child`; a singular stays as it is."""
    head, word = _last_word(name)
    if not word:
        return name
    lower = word.lower()
    if lower in _SINGULAR_OF:
        found = _SINGULAR_OF[lower]
    elif lower in _IRREGULAR:
        found = lower
    else:
        found = (getAllLemmas(lower).get("NOUN") or getLemma(lower, "NOUN"))[0]
    return head + _same_case(word, found)


@cache
def plural(name: str) -> str:
    """`owner` -> `owners`, `category` -> `categories`, `status` -> `statuses`, `person` -> `people`."""
    head, word = _last_word(name)
    if not word:
        return name
    lower = word.lower()
    if lower in _IRREGULAR:
        found = _IRREGULAR[lower]
    elif lower in _SINGULAR_OF:
        found = lower
    else:
        found = getInflection(lower, "NNS")[0]
    return head + _same_case(word, found)


def is_plural(word: str) -> bool:
    """Whether a word is a plural noun by the dictionary: "children", "people", "kegs", not
    "series", "sheep" or "address"; an unknown word by its ending."""
    lower = word.lower()
    if lower in _SINGULAR_OF:
        return True
    lemmas = getAllLemmas(lower).get("NOUN")
    if lemmas:
        return lower not in lemmas
    return lower.endswith("s") and not lower.endswith("ss")


def _same_case(original: str, found: str) -> str:
    return found.capitalize() if original[:1].isupper() else found


def pascal(name: str) -> str:
    """`staff_member` -> `StaffMember`."""
    return "".join(part.capitalize() for part in name.split("_"))


def model_name(table: str) -> str:
    """The model struct a table's rows map to: `staff_members` -> `StaffMember`."""
    return pascal(singular(table))

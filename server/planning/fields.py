"""What each record is offered to hold: fields that fit the record, not one list for all.

The description's own words come first ("bikes with a brand and a serial number" offers brand and
serial number, typed by the schema reader), then the usual fields of the record's kind (a person,
an event, a payment or an item; `record_fields.toml`). A field the person names as "another
field" has its kind of value asked, never guessed.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import NamedTuple

from nocodo.modes.diesel.naming import plural
from nocodo.modes.diesel.schema.description import plan_columns

from .protocol import EntityField
from .reading import STOP_WORDS, is_verb

ANOTHER_FIELD = "another field (I will name it)"
#: the kinds of value a named field can hold, as the person is asked -> EntityField.type
VALUE_KINDS = {
    "words (text)": "text", "a whole number": "integer", "a number with decimals": "decimal",
    "an amount of money": "money", "yes or no": "boolean", "a date": "date", "a date and time": "datetime",
}
_SQL_TO_FIELD = {"Text": "text", "Integer": "integer", "BigInt": "integer", "Double": "decimal", "Float": "decimal",
                 "Bool": "boolean", "Date": "date", "Timestamp": "datetime"}


class RecordKind(NamedTuple):
    name: str
    nouns: frozenset[str]
    endings: tuple[str, ...]
    fields: tuple[str, ...]


@cache
def _data() -> dict:
    return tomllib.loads((Path(__file__).with_name("record_fields.toml")).read_text(encoding="utf-8"))


@cache
def record_kinds() -> tuple[RecordKind, ...]:
    return tuple(RecordKind(name, frozenset(k["nouns"]), tuple(k["endings"]), tuple(k["fields"]))
                 for name, k in _data()["kind"].items())


def is_usual_field(label: str) -> bool:
    return label in _data()["field"]


def usual_field(label: str) -> EntityField:
    spec = _data()["field"][label]
    return EntityField(name=label.replace(" ", "_"), type=spec["type"], optional=spec.get("optional", False))


def acts(record: str, description: str) -> bool:
    """Whether the description has the record do something: "customers bring their bikes"."""
    words = re.findall(r"[a-z']+", description.lower())
    head = record.split()[-1]
    for index, word in enumerate(words[:-1]):
        after = words[index + 1]
        if word in (head, plural(head)) and after not in STOP_WORDS and is_verb(after) and not after.endswith(("ed", "en")):
            return True
    return False


def kind_of(record: str, description: str) -> RecordKind:
    head = record.split()[-1]
    kinds = {k.name: k for k in record_kinds()}
    for kind in record_kinds():
        if head in kind.nouns:
            return kind
    if acts(record, description):
        return kinds["person"]
    for kind in record_kinds():
        if head.endswith(kind.endings) and kind.endings:
            return kind
    return kinds["item"]


def described_fields(record: str, description: str) -> dict[str, EntityField]:
    """The fields the description lists for the record: "bikes with a brand and a serial number"."""
    head = record.split()[-1]
    forms = "|".join(re.escape(f) for f in {record, " ".join(record.split()[:-1] + [plural(head)]).strip()})
    found: dict[str, EntityField] = {}
    for match in re.finditer(rf"\b(?:{forms})\s*(?:with|\()\s*([^.;:()]+)", description.lower()):
        for column in plan_columns(f"{plural(head)} with {match.group(1)}", set()):
            found[column.name.replace("_", " ")] = EntityField(
                name=column.name, type=_SQL_TO_FIELD.get(column.sql_type, "text"), optional=column.nullable)
    return found


def field_choices(record: str, description: str) -> dict[str, EntityField]:
    """The options of "What should each X record hold?" -> the field each one adds."""
    choices = described_fields(record, description)
    for label in kind_of(record, description).fields:
        choices.setdefault(label, usual_field(label))
    return choices


def named_fields(answer: str) -> list[str]:
    """The fields the person named as "another field": "serial number, colour and size"."""
    parts = re.split(r",|;|\band\b|\n", answer.lower())
    return [" ".join(re.findall(r"[a-z0-9]+", part)) for part in parts if re.search(r"[a-z]", part)]

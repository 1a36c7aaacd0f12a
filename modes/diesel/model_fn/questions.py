"""Asking instead of guessing, and saying how a request was read.

A word the reading cannot place, or one that fits two readings grounded in the schema, becomes a
short question whose choices are readings of this table (its flags, nullable columns, enum
variants, quantities), each sent back as the `meaning` argument. The person using the tool
cannot read the generated Rust: a question costs them a click, a wrong query costs them a bug.
"""

from __future__ import annotations

import difflib
import re

from ... import glossary
from ...base import Choice, NeedsInput
from ..models import EnumDef, ModelStruct
from ..tables import Table
from ...word_classes import is_participle, names_a_thing
from .intent import GIVEN, NOW, NUMBER_TYPES, ON_DAY, SAY, TIME_TYPES, Condition, Intent, format_meaning, parse_meanings, stem
from .intent import variant_name
from .signature import enum_for_column

MAX_CHOICES = 6


def plain(condition: Condition) -> str:
    """`settled_at.is_null()` -> "settled_at is empty"; `status.ne(Settled)` -> "status is not Settled"."""
    value = variant_name(condition.value or "")
    if condition.op == "is_null":
        return f"{condition.column} is empty"
    if condition.op == "is_not_null":
        return f"{condition.column} is set"
    if value in ("true", "false"):
        return f"{condition.column} is {value}"
    if condition.op == "like":
        return f"{condition.column} contains {value}"
    if condition.op == ON_DAY:
        return f"{condition.column} is on a given day"
    if value == GIVEN:
        value = "a given value"
    elif value in NOW.values():
        value = "today" if value == NOW["Date"] else "now"
    words = {"eq": "is", "ne": "is not", "gt": "is more than", "ge": "is at least", "lt": "is less than", "le": "is at most"}
    return f"{condition.column} {words[condition.op]} {value}"


def describe(intent: Intent, table: str, name: str | None) -> str:
    """The reading in plain words: "list batches where bottled_at is empty, newest brewed_on first"."""
    verbs = {
        "option": "find one of", "one": "find one of", "vec": "list", "count": "count", "exists": "check for",
        "sum": f"add up {intent.total} over",
        "delete": "delete", "update": "update", "create": "insert into",
    }
    if intent.kind is None:
        return f"`{name}` on {table}: no query reading; the model chooses under the schema grammar"
    text = f"{verbs[intent.kind]} {table}"
    if intent.conditions:
        text += " where " + " and ".join(plain(c) for c in intent.conditions)
    if intent.assignments:
        text += ", setting " + ", ".join(f"{column} to {_assigned(value)}" for column, value in intent.assignments)
    if intent.order:
        column, direction = intent.order
        text += f", ordered by {column} {'descending' if direction == 'desc' else 'ascending'}"
    if intent.limit:
        text += f", at most {intent.limit}"
    return text


def _rows(table: Table) -> str:
    return table.name.replace("_", " ")


def remembered_note(remembered: dict[str, str]) -> str:
    """Which earlier answers, kept in the project's glossary, this reading used."""
    if not remembered:
        return ""
    return f" (remembered from an earlier answer: {glossary.listed(remembered)})"


def _assigned(value: str) -> str:
    """What an update sets, in plain words: a clock is "now", a variant its name."""
    return "now" if value in NOW.values() else variant_name(value)


def state_candidates(table: Table, struct: ModelStruct, enums: list[EnumDef]) -> list[Condition]:
    """Every state a row of this table can be in, as the schema states it."""
    found: list[Condition] = []
    key = table.primary_key[0] if table.primary_key else "id"
    for column in table.columns:
        if column.name == key:
            continue
        enum = enum_for_column(column, struct, enums)
        if column.sql_type == "Bool":
            found += [Condition(column.name, "eq", "true"), Condition(column.name, "eq", "false")]
        elif enum is not None:
            found += [Condition(column.name, "eq", f"{enum.name}::{v}.as_str()") for v in enum.variants]
        elif column.nullable:
            found += [Condition(column.name, "is_null"), Condition(column.name, "is_not_null")]
        elif column.sql_type in NUMBER_TYPES and not column.name.endswith("_id"):
            found.append(Condition(column.name, "gt", "0"))
    return found


def comparison_candidates(table: Table) -> list[Condition]:
    """"stronger than ...": more or less than a given value, on each number column, then each time
    column (the lexicon already knows "older", "later" and the like)."""
    numbers = [
        c for c in table.columns
        if c.sql_type in NUMBER_TYPES and not c.name.endswith("_id") and c.name not in table.primary_key
    ]
    times = [c for c in table.columns if c.sql_type in TIME_TYPES]
    return [Condition(c.name, op, GIVEN) for c in numbers + times for op in ("gt", "lt")][: 2 * MAX_CHOICES]


def value_candidates(word: str, table: Table, struct: ModelStruct, enums: list[EnumDef]) -> list[Condition]:
    """Columns a thing-word can be a value of: the key of the table it names ("customers" on
    kegs: `customer_id`), then the free text columns ("town": `city` is a given value)."""
    found: list[Condition] = []
    for column in table.columns:
        if column.name.endswith("_id") and stem(column.name.removesuffix("_id")) == stem(word):
            found.append(Condition(column.name, "eq", GIVEN))
            if column.nullable:
                found += [Condition(column.name, "is_not_null"), Condition(column.name, "is_null")]
    texts = [c for c in table.columns
             if c.sql_type == "Text" and enum_for_column(c, struct, enums) is None and c.name not in table.primary_key]
    return found + _ranked(word, [Condition(c.name, "eq", GIVEN) for c in texts])


def _settable(table: Table, struct: ModelStruct, enums: list[EnumDef], word: str) -> list[Condition]:
    """What an update can set: a flag, a variant, a time stamped now."""
    stamps = {c.name for c in table.columns if c.sql_type in NOW}
    candidates = state_candidates(table, struct, enums)
    return _ranked(word, [c for c in candidates if c.op == "eq" or (c.op == "is_not_null" and c.column in stamps)])


def _ranked(word: str, candidates: list[Condition]) -> list[Condition]:
    def likeness(condition: Condition) -> float:
        shown = f"{condition.column} {condition.value or ''}".lower()
        return max(difflib.SequenceMatcher(None, word, part).ratio() for part in shown.replace(".", " ").replace("::", " ").split())

    return sorted(candidates, key=likeness, reverse=True)[:MAX_CHOICES]


def question(
    intent: Intent,
    name: str | None,
    given: str | None,
    table: Table,
    struct: ModelStruct,
    enums: list[EnumDef],
    signature_written: bool = False,
) -> NeedsInput | None:
    """The one question to ask before generating, or None when every word is placed.

    When the user wrote the whole signature and its name is read in full, a doc comment's other
    words explain the function ("who has left the studio") rather than ask more of the query."""
    name_words = set((name or "").split("_"))
    if signature_written and intent.settled and not name_words & set(intent.unplaced):
        return None
    earlier = [f"{w}={m}" for w, m in parse_meanings(given).items()]

    def choice(word: str, condition: Condition | None) -> Choice:
        label = f"ignore the word '{word}'" if condition is None else _label(condition, intent, table)
        return Choice(label, "; ".join([*earlier, format_meaning(word, condition)]))

    def in_other_words(word: str) -> str:
        """The answer "something else: I will say it": the word is read again as the person's words."""
        return "; ".join([*earlier, f"{word}={SAY} {{answer}}"])

    if intent.ambiguous:
        word, readings = next(iter(intent.ambiguous.items()))
        prompt = f"'{word}' can mean more than one thing for {_rows(table)}. Which do you mean?"
        return NeedsInput("meaning", prompt, tuple(choice(word, r) for r in readings) + (choice(word, None),), in_other_words(word))
    if intent.kind == "update" and not intent.assignments and name:
        # an update whose words name nothing to set would leave the model to invent it
        verb = name.split("_")[0]
        prompt = f"What should '{name.replace('_', ' ')}' change on {_rows(table)}?"
        return NeedsInput("meaning", prompt, tuple(choice(verb, c) for c in _settable(table, struct, enums, verb)), in_other_words(verb))
    if not intent.unplaced:
        return None
    if name and intent.kind is None and not intent.settled and name_words <= set(intent.unplaced):
        return NeedsInput(
            "doc",
            f"I cannot tell what `{name}` should do with {table.name}. Say it in a few words "
            f"(for example: {table.name} of one owner, newest first)",
        )
    word = intent.unplaced[0]
    if word in intent.comparatives:
        candidates = comparison_candidates(table)
    elif intent.kind == "update":
        candidates = _settable(table, struct, enums, word)
    elif names_a_thing(word):
        # a thing ("email" on orders: the customer's; "town", "customers"): a column holding it,
        # on a table a key points at or this one, beside the table's states
        candidates = intent.related.get(word, [])[:3] + value_candidates(word, table, struct, enums)[:4]
        candidates += _ranked(word, state_candidates(table, struct, enums))
    else:
        candidates = _ranked(word, state_candidates(table, struct, enums))
    prompt = f"What do you mean by '{word}' (in {_rows(table)})?"
    choices = tuple(choice(word, c) for c in candidates) + (choice(word, None),)
    left = list(dict.fromkeys(intent.unplaced))
    if len(left) > 1 and intent.kind is not None:
        # one click for a chatty comment whose reading is complete without its other words
        quoted = ", ".join(f"'{w}'" for w in left[:-1]) + f" and '{left[-1]}'"
        choices += (Choice(f"ignore {quoted}", "; ".join([*earlier, *(format_meaning(w, None) for w in left)])),)
    return NeedsInput("meaning", prompt, choices, in_other_words(word))


def _label(condition: Condition, intent: Intent, table: Table) -> str:
    """A choice in words for someone who cannot read code: "bills not settled yet", "customers
    whose email is the one you give", "mark it as 'paid'"."""
    column = table.column(condition.column)
    words = _spoken(condition.column)
    value = variant_name(condition.value or "")
    if intent.kind == "update":
        if condition.op == "is_not_null":
            return f"record now as the time it was {_spoken(condition.column, drop_time=True)}"
        if value in ("true", "false"):
            return f"mark it as {'not ' if value == 'false' else ''}'{words}'"
        return f"set its {words} to '{_spoken_variant(value)}'"
    rows = _rows(table)
    if condition.via:  # "orders whose customer's email is the one you give"
        owner = _spoken(condition.column.removesuffix("_id"))
        return f"{rows} whose {owner}'s {_spoken(condition.via.split('.')[1])} is the one you give"
    timed = column is not None and column.sql_type in TIME_TYPES
    if condition.op in ("is_null", "is_not_null"):
        done = _spoken(condition.column, drop_time=True)
        if timed and is_participle(done.split()[-1]):
            return f"{rows} not {done} yet" if condition.op == "is_null" else f"{rows} already {done}"
        return f"{rows} with no {words}" if condition.op == "is_null" else f"{rows} with a {words}"
    if value in ("true", "false"):
        return f"{rows} {'not ' if value == 'false' else ''}marked '{words}'"
    if condition.column.endswith("_id") and value == GIVEN:
        return f"{rows} of the {_spoken(condition.column.removesuffix('_id'))} you give"
    if value == GIVEN:
        given = "the date you give" if timed else "the one you give" if condition.op == "eq" else "the value you give"
    elif "::" in (condition.value or ""):
        given = f"'{_spoken_variant(value)}'"
    else:
        given = value
    if timed:
        verbs = {"eq": "on", "ne": "not on", "gt": "after", "ge": "on or after", "lt": "before", "le": "on or before"}
        return f"{rows} {_spoken(condition.column, drop_time=True)} {verbs[condition.op]} {given}"
    verbs = {"eq": "is", "ne": "is not", "gt": "is more than", "ge": "is at least", "lt": "is less than", "le": "is at most"}
    return f"{rows} whose {words} {verbs[condition.op]} {given}"


def _spoken(column: str, drop_time: bool = False) -> str:
    """A column's name in words: `settled_at` -> "settled at", or "settled" for a time said as a deed."""
    parts = column.split("_")
    if drop_time and len(parts) > 1 and parts[-1] in ("at", "on", "date", "time"):
        parts = parts[:-1]
    if len(parts) > 1 and parts[0] in ("is", "has"):
        parts = parts[1:]
    return " ".join(parts)


def _spoken_variant(variant: str) -> str:
    """`WaitingForParts` -> "waiting for parts"."""
    return " ".join(part.lower() for part in re.findall(r"[A-Z][a-z0-9]*|[0-9]+|[a-z0-9]+", variant)) or variant


"""What the person's own words say about the component they want: a `// nocodo:` comment at the
cursor (or a new file's comments) and the file's own name. The arguments, when given, win; these
readings fill what they leave out, and a reading that is not settled is asked, not guessed."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ..base import Request
from ..diesel.naming import singular
from .component_file import is_placeholder
from .project import Interface, Project

_COMMENT = re.compile(r"^\s*//\s*nocodo:\s*(.+?)\s*$")


@cache
def vocabulary() -> dict:
    with open(Path(__file__).parent / "request_words.toml", "rb") as file:
        return tomllib.load(file)


@dataclass(frozen=True)
class Said:
    """The request's words, lower case: the comment's, and the file name's."""

    comment: tuple[str, ...]
    file: tuple[str, ...]


def said(request: Request) -> Said:
    return Said(tuple(_words(_comment(request))), tuple(_words(_file_name(request.path))))


def _comment(request: Request) -> str:
    """A `// nocodo:` comment on the cursor's line or just above it; in a new file, its comments."""
    lines = request.text.split("\n")
    for number in range(min(request.line, len(lines) - 1), max(-1, request.line - 4), -1):
        found = _COMMENT.match(lines[number])
        if found:
            return found.group(1)
    return request.text if request.text.strip() and is_placeholder(request.text) else ""


def _file_name(path: Path) -> str:
    """A component's name: the file's, or its folder's for an index file (Dogs/index.tsx)."""
    stem = path.parent.name if path.stem == "index" else path.stem
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", stem)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


def _singulars(words: tuple[str, ...]) -> list[str]:
    return [singular(w) for w in words]


def _name_words(type_name: str) -> list[str]:
    """`GameResult` -> [game, result]."""
    return [w.lower() for w in re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", type_name)]


def _mentions(type_name: str, words: tuple[str, ...]) -> list[tuple[int, bool]]:
    """Where `words` name the type (its name's words in a row, singular or plural): (position,
    whether in the plural)."""
    name = _name_words(type_name)
    plain = _singulars(words)
    found = []
    for at in range(len(words) - len(name) + 1):
        if plain[at : at + len(name)] == name:
            last = words[at + len(name) - 1]
            found.append((at, last != name[-1]))
    return found


def named_types(project: Project, words: tuple[str, ...]) -> list[str]:
    """The API types `words` name, in the order they first come."""
    named = [(mentions[0][0], name) for name in project.interfaces if (mentions := _mentions(name, words))]
    return [name for _, name in sorted(named)]


def type_in_words(project: Project, words: Said, usable: list[str]) -> str | None:
    """The one type the words ask for among `usable`: the one the file's name names, else the
    one the comment names, else the one whose fields or values the comment names most."""
    for source in (words.file, words.comment):
        named = [name for name in named_types(project, source) if name in usable]
        if len(named) == 1 or (named and _refers_to_the_rest(project.interfaces[named[0]], named[1:])):
            return named[0]
        if named:
            return None
    said_words = set(words.comment) | set(_singulars(words.comment))
    scores = {name: _field_score(project.interfaces[name], project, said_words) for name in usable}
    best = max(scores.values(), default=0)
    top = [name for name, score in scores.items() if score == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _refers_to_the_rest(first: Interface, others: list[str]) -> bool:
    """Whether the first record named holds a reference to each other one named ("a pet and its
    owner": Pet has owner_id), so the others are said as its parts."""
    prefixes = {"_".join(_name_words(other)) + "_" for other in others}
    return all(any(f.name.startswith(prefix) for f in first.fields) for prefix in prefixes)


def _field_score(interface: Interface, project: Project, words: set[str]) -> int:
    """How many of a type's field names (`deposit_cents`: deposit) and string values
    (`"cancelled"`) the words say."""
    score = 0
    for field in interface.fields:
        parts = {p for p in field.name.lower().split("_") if p not in ("id", "at", "on", "cents", "is")}
        if parts & words:
            score += 1
        values = project.unions.get(field.base_type, ())
        score += sum(1 for value in values if value.lower() in words)
    return score


def kind_in_words(words: Said, type_name: str | None) -> str | None:
    """A list or one record's detail, as the words ask: the file's name first, then list or
    detail words, then the type named in the plural (a list) or the singular (one record)."""
    rules = vocabulary()
    for source in (words.file, words.comment):
        is_list = bool(set(source) & set(rules["list_words"]))
        is_detail = bool(set(source) & set(rules["detail_words"]))
        if is_list != is_detail:
            return "list" if is_list else "detail"
        if type_name and not is_list:
            mentions = _mentions(type_name, source)
            if mentions and len({plural for _, plural in mentions}) == 1:
                return "list" if mentions[0][1] else "detail"
    return "list" if set(words.comment) & set(rules["plural_words"]) else None


def variant_in_words(words: Said) -> str | None:
    """A form adding a record or changing one, as the words ask: the file's name first."""
    rules = vocabulary()
    for source in (words.file, words.comment):
        create = bool(set(source) & set(rules["create_words"]))
        edit = bool(set(source) & set(rules["edit_words"]))
        if create != edit:
            return "create" if create else "edit"
    return None


def with_reading(request: Request, **read: str | None) -> Request:
    """The request with what its words said as arguments where the arguments are silent."""
    filled = {name: value for name, value in read.items() if value and not request.args.get(name)}
    return replace(request, args={**request.args, **filled}) if filled else request


@dataclass(frozen=True)
class Shaping:
    """What the words ask of a list's rows: which to keep and in what order."""

    #: (field, TypeScript literal) pairs a row must equal: (status, "\"cancelled\""), (paid, "false")
    keep: tuple[tuple[str, str], ...] = ()
    #: (field, descending)
    order: tuple[str, bool] | None = None


def shaping_in_words(words: Said, interface: Interface, project: Project) -> Shaping:
    """The rows the comment keeps (a value of a field's set of values it says, "who cancelled";
    a yes-or-no field it says, "unpaid" for `paid` false) and the order it asks ("biggest
    deposit at the top"). Only what one field settles is read; the rest stays a plain list."""
    said_words = list(words.comment)
    plain = set(said_words) | set(_singulars(words.comment))
    keep = []
    # "showing whether it's confirmed" asks for the value as a column, not for those rows
    said_words = _without_shown_values(said_words)
    for field in interface.fields:
        values = [v for v in project.unions.get(field.base_type, ()) if v.lower().replace("_", " ") in " ".join(said_words)]
        if len(values) == 1:
            keep.append((field.name, f'"{values[0]}"'))
        elif field.base_type == "boolean":
            truth = _yes_or_no(field.name, [w for w in said_words if singular(w) not in _name_words(interface.name)])
            if truth is not None:
                keep.append((field.name, truth))
    return Shaping(tuple(keep), _order(said_words, plain, interface))


def _without_shown_values(words: list[str]) -> list[str]:
    """The words with those after "whether" or "if" (up to the next comma-less clause's end)
    left out: they name a value to show, not rows to keep."""
    kept, skipping = [], 0
    for word in words:
        if word in vocabulary()["shown_value_words"]:
            skipping = 4
            continue
        if skipping:
            skipping -= 1
            continue
        kept.append(word)
    return kept


def _yes_or_no(field: str, words: list[str]) -> str | None:
    """"true" where the words say a yes-or-no field (`delivered`), "false" where they say it
    negated ("undelivered", "not delivered", "still to deliver"); None where they do not say it."""
    name = [p for p in field.lower().split("_") if p not in ("is", "has")]
    if not name:
        return None
    head = name[-1]
    stem = re.sub(r"(ed|d)$", "", head)
    negations = set(vocabulary()["negations"])
    for at, word in enumerate(words):
        if any(word in (prefix + head, prefix + stem + "ed") for prefix in ("un", "in", "non", "dis")):
            return "false"
        if word == head or (len(stem) > 3 and word.startswith(stem)):
            before = words[max(0, at - 3) : at]
            return "false" if negations & set(before) else "true"
    return None


_LITTLE_WORDS = {"the", "a", "an", "of", "at", "on", "in", "to", "by", "first", "last", "one", "ones"}


def _order(words: list[str], plain: set[str], interface: Interface) -> tuple[str, bool] | None:
    rules = vocabulary()
    for at, word in enumerate(words):
        descending = word in rules["descending_words"]
        if not descending and word not in rules["ascending_words"]:
            continue
        # the field said right after the word ("biggest deposit"), else the first date for time words
        following = [w for w in words[at + 1 : at + 4] if w not in _LITTLE_WORDS][:1]
        near = set(following) | {singular(w) for w in following}
        # a field that may be null has no order of its own to sort by
        fields = [f for f in interface.fields if set(f.name.lower().split("_")) & near and f.base_type in ("number", "string") and not f.nullable]
        if len(fields) == 1:
            return fields[0].name, descending
        if word in rules["time_words"]:
            dated = [f for f in interface.fields if f.base_type == "string" and not f.nullable and re.search(r"(^|_)(at|on|date|day)$", f.name)]
            if dated:
                return dated[0].name, descending
    return None

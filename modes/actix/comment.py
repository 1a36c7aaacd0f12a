"""What a `// nocodo:` comment at the cursor asks of an Actix mode, as far as the mode can honour it.

The Actix modes take their request as arguments. A comment the person wrote beside the cursor is
their words too: an HTTP method it names ("PATCH a plant") and a path ("/plants/search") become the
`method` and `path` arguments when those are not given, and a path the mode cannot serve
("a /health address" for the router, which only registers handlers that exist) is refused rather
than ignored, so nothing is applied that the words did not ask for.
"""

from __future__ import annotations

import re

from ..base import Request
from ..diesel.naming import singular
from .crate import METHODS

_COMMENT = re.compile(r"^\s*//\s*nocodo:\s*(.+?)\s*$")
_PATH = re.compile(r"(?<![\w.])(/[a-z0-9_{}\-/]*[a-z0-9_}])", re.I)


def comment_at(request: Request) -> str | None:
    """The `// nocodo:` request on the cursor's line or in the comment lines just above it."""
    lines = request.text.split("\n")
    for number in range(min(request.line, len(lines) - 1), max(-1, request.line - 4), -1):
        found = _COMMENT.match(lines[number])
        if found:
            return found.group(1)
        if lines[number].strip() and not lines[number].strip().startswith("//"):
            return None
    return None


def asked_method(comment: str) -> str | None:
    """The HTTP method a comment names as a word ("PATCH a plant"), if exactly one."""
    named = {w.lower() for w in re.findall(r"\b[A-Za-z]+\b", comment) if w.lower() in METHODS and w.isupper()}
    return named.pop() if len(named) == 1 else None


def asked_paths(comment: str) -> list[str]:
    return _PATH.findall(comment)


def words_of(comment: str) -> list[str]:
    """The comment's words in lower case, each also as its singular (`hires` gives `hire`)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", comment)]
    return words + [singular(w) for w in words if singular(w) != w]


def asked_action(comment: str, actions: dict[str, list[str]], weak: dict[str, list[str]] | None = None) -> str | None:
    """The one action whose words the comment uses ("remove a dog" is a delete), if exactly one.
    A weak word ("one", "all") names its action only where no other action's words are used:
    "add a dog for one of our clients" is a create."""
    words = set(words_of(comment))
    named = {action for action, said in actions.items() if words & set(said)}
    weakly = {action for action, said in (weak or {}).items() if words & set(said)} - named
    if not named:
        named = weakly
    return named.pop() if len(named) == 1 else None


def asked_names(comment: str, names: dict[str, str]) -> set[str]:
    """Which of `names` (a table, e.g. `menu_items`, to the model it holds) the comment names, in
    the singular or the plural ("a menu item", "every hire")."""
    text = " " + " ".join(re.findall(r"[a-z]+", comment.lower())) + " "
    found = set()
    for table, model in names.items():
        spoken = table.replace("_", " ")
        if f" {spoken} " in text or f" {singular(spoken)} " in text:
            found.add(model)
    return found


def with_comment(request: Request) -> dict[str, str]:
    """The request's arguments, with the method and path its comment names where not given."""
    comment = comment_at(request)
    args = dict(request.args)
    if comment is None:
        return args
    method = asked_method(comment)
    if method and "method" not in args:
        args["method"] = method
    paths = asked_paths(comment)
    if len(paths) == 1 and "path" not in args:
        args["path"] = paths[0]
    return args

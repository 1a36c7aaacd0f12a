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
from ..word_classes import verb_lemma
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


#: particles that make a verb with them another verb ("take off", "drop off", "sign up"): the
#: verb alone names no action then, only the pair does where an action lists it
PARTICLES = {"off", "up", "out", "away", "down", "back"}


def words_of(comment: str) -> list[str]:
    """The comment's words in lower case, each also as its singular (`hires` gives `hire`) and
    as its plain verb (`returned` gives `return`)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", comment)]
    forms = [singular(w) for w in words] + [verb_lemma(w) or w for w in words]
    return words + [form for form in dict.fromkeys(forms) if form not in words]


#: particles read as part of the verb only right after it ("look after" our pets, but "add a
#: note after the visit")
_PARTICLES_RIGHT_AFTER = {"after", "over", "into", "through"}

#: words that end the object a particle may follow ("take them off", not "add one for up to six")
_NOT_IN_AN_OBJECT = {"of", "for", "to", "with", "from", "in", "on", "at", "by", "and", "or", "as", "than"}


_AUXILIARIES = {"be", "have", "do", "will", "can", "shall", "may", "must", "should", "would", "could"}
_DETERMINERS = {"the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this", "that",
                "these", "those", "every", "each", "all", "some", "any", "no"}


def phrasal_verbs(comment: str) -> list[str]:
    """The verbs with a particle the comment uses, as plain verb and particle, the particle
    right after the verb or after an object of up to two words: "taken off", "take them off"
    and "take the dog off" give "take off"."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", comment)]
    found = []
    for at, word in enumerate(words):
        verb = verb_lemma(word)
        # after a determiner a word is a thing ("the dogs"); an auxiliary is no verb of its own
        if not verb or word in PARTICLES or verb in _AUXILIARIES or (at and words[at - 1] in _DETERMINERS):
            continue
        if at + 1 < len(words) and words[at + 1] in _PARTICLES_RIGHT_AFTER:
            found.append(f"{verb} {words[at + 1]}")
            continue
        for after in words[at + 1 : at + 4]:
            if after in PARTICLES:
                found.append(f"{verb} {after}")
                break
            if after in _NOT_IN_AN_OBJECT or after in PARTICLES:
                break
    return found


def asked_action(comment: str, actions: dict[str, list[str]], weak: dict[str, list[str]] | None = None) -> str | None:
    """The one action whose words the comment uses ("remove a dog" is a delete), if exactly one.
    A weak word ("one", "all") names its action only where no other action's words are used:
    "add a dog for one of our clients" is a create. A verb with a particle is read as the pair
    ("take off the list" is a delete where an action lists "take off"; "dropped off" is not a
    "drop")."""
    phrases = phrasal_verbs(comment)
    words = set(words_of(comment)) | set(phrases)
    words -= {phrase.split()[0] for phrase in phrases}
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

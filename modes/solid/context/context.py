"""What `solid.context` needs: the context's name and the type of the value it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...base import Choice, ModeError, NeedsInput, Request
from ..component_file import refuse_declared, require_component_spot
from ..project import Project, read_project

#: values a context may hold besides the API types, with the value it starts from
PLAIN_TYPES = {"string": '""', "number": "0", "boolean": "false"}


@dataclass
class ContextContext:
    request: Request
    project: Project
    #: PascalCase: SelectedOwner
    name: str
    #: the held type, `Owner | null` for an API type
    value_type: str
    #: the API type imported from types.ts, if any
    api_type: str | None
    initial: str


def _name(request: Request, project: Project) -> str:
    raw = request.args.get("name")
    if not raw:
        suggestions = tuple(Choice(f"Selected{t}", f"Selected{t}") for t in project.interfaces if not t.startswith("New"))[:6]
        raise NeedsInput("name", "Name of the context (e.g. SelectedOwner, Theme)", suggestions)
    name = raw[:1].upper() + raw[1:]
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        raise ModeError(f"`{raw}` is not a context name: use one word in PascalCase, e.g. SelectedOwner")
    return name


def _held_type(request: Request, project: Project, name: str) -> str:
    """The `type` argument, else the API type the name ends with (SelectedOwner -> Owner)."""
    named = request.args.get("type")
    options = list(project.interfaces) + list(project.unions) + list(PLAIN_TYPES)
    if named in options:
        return named
    endings = [t for t in project.interfaces if name.endswith(t)]
    if named is None and endings:
        return max(endings, key=len)
    prompt = f"What does the {name} context hold?" if named is None else f"`{named}` is not an API type. What does the {name} context hold?"
    raise NeedsInput("type", prompt, tuple(Choice(option, option) for option in options))


def build_context(request: Request) -> ContextContext:
    require_component_spot(request, "solid.context", "src/context/SelectedOwner.tsx")
    project = read_project(request)
    name = _name(request, project)
    refuse_declared(request, f"{name}Provider")
    held = _held_type(request, project, name)
    if held in PLAIN_TYPES:
        return ContextContext(request, project, name, held, None, PLAIN_TYPES[held])
    return ContextContext(request, project, name, f"{held} | null", held, "null")

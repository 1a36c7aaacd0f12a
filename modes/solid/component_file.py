"""Where a solid.view or solid.form goes: a new, empty .tsx file of the project, named for it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from ..base import Choice, ModeError, NeedsInput, Request
from .project import Interface, Project



def require_new_file(request: Request, mode_id: str, example: str) -> None:
    if request.path.suffix != ".tsx":
        raise ModeError(f"run {mode_id} in a .tsx file (e.g. {example})")
    if request.text.strip():
        raise ModeError(f"run {mode_id} in a new, empty .tsx file (e.g. {example}); this one already has code")


def component_name(path: Path, default: str) -> str:
    """The file's own name when it is a component name (PetList.tsx), else `default`."""
    return path.stem if re.fullmatch(r"[A-Z][A-Za-z0-9]*", path.stem) else default


def choose(arg: str, value: str | None, options: list[str], question: str) -> str:
    """`value` when it is one of `options`; else ask, offering them."""
    if value in options:
        return value
    choices = tuple(Choice(option, option) for option in options)
    if not options:
        raise ModeError(f"{question}: the project offers nothing to choose from")
    prompt = question if value is None else f"`{value}` is not one of them. {question}"
    raise NeedsInput(arg, prompt, choices)


def choose_type(request: Request, project: Project, usable: Callable[[Interface], bool], question: str) -> Interface:
    """The API type named by the `type` argument, among those `usable` says the mode can serve."""
    options = [name for name, interface in project.interfaces.items() if usable(interface)]
    return project.interfaces[choose("type", request.args.get("type"), options, question)]


def template(mode_folder: Path, name: str) -> str:
    return (mode_folder / "templates" / f"{name}.tsx.tmpl").read_text(encoding="utf-8")

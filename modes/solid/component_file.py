"""Where a generated component goes: a new .tsx file named for it (or one holding only comments, a
placeholder someone left for it), or a blank line between the top-level items of an existing one."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..base import Choice, ModeError, NeedsInput, Request
from ..diesel.naming import singular
from ..syntax import parse, syntax_problems
from .project import Interface, Project


def is_placeholder(text: str) -> bool:
    """An empty file, or one holding only comments ("// The form to add a plant"): the component
    is the file's, written after those comments."""
    if not text.strip():
        return True
    tree = parse(text, "tsx")
    return not syntax_problems(tree) and all(n.type == "comment" for n in tree.root_node.named_children)


def require_component_spot(request: Request, mode_id: str, example: str) -> None:
    """A new or placeholder file, or a blank line outside every top-level item of a file that parses."""
    if request.path.suffix != ".tsx":
        raise ModeError(f"run {mode_id} in a .tsx file (e.g. {example})")
    if is_placeholder(request.text):
        return
    tree = parse(request.text, "tsx")
    if syntax_problems(tree):
        raise ModeError(f"this file does not parse as TSX; fix it first, or run {mode_id} in a new file (e.g. {example})")
    lines = request.text.split("\n")
    if on_a_request_comment(request):
        return
    inside = any(n.start_point[0] <= request.line <= n.end_point[0] for n in tree.root_node.named_children)
    if request.line >= len(lines) or lines[request.line].strip() or inside:
        raise ModeError(f"put the cursor on a blank line between top-level items, or run {mode_id} in a new file (e.g. {example})")


def on_a_request_comment(request: Request) -> bool:
    """Whether the cursor is on a top-level comment line that asks for something (`// nocodo: a
    strip of featured tutors`) or stands apart from the code below it (a blank line follows):
    the component is written right after it. A comment right above code belongs to that code."""
    lines = request.text.split("\n")
    if request.line >= len(lines) or not lines[request.line].lstrip().startswith("//"):
        return False
    apart = request.line + 1 >= len(lines) or not lines[request.line + 1].strip()
    if not apart and not re.match(r"\s*//\s*nocodo:", lines[request.line]):
        return False
    tree = parse(request.text, "tsx")
    holding = [n for n in tree.root_node.named_children if n.start_point[0] <= request.line <= n.end_point[0]]
    return all(n.type == "comment" for n in holding)


def component_name(request: Request, default: str) -> str:
    """A new file's own name when it is a component name (PetList.tsx), else `default`; a name
    the file already declares is refused."""
    if is_placeholder(request.text):
        # a folder per component names it (pages/Dogs/index.tsx is Dogs)
        own = request.path.parent.name if request.path.stem == "index" else request.path.stem
        if re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)+", own):  # kebab-case files: deposits-page.tsx is DepositsPage
            own = "".join(part.capitalize() for part in own.split("-"))
        return own if re.fullmatch(r"[A-Z][A-Za-z0-9]*", own) else default
    refuse_declared(request, default)
    return default


def refuse_declared(request: Request, name: str) -> None:
    if re.search(rf"\b(function|const|let|class|interface|type)\s+{name}\b", request.text):
        raise ModeError(f"this file already declares `{name}`")


def applies_at_component_spot(request: Request) -> bool:
    """Cheap, for listing code actions: a .tsx file that is empty or blank at the cursor."""
    if request.path.suffix != ".tsx":
        return False
    lines = request.text.split("\n")
    return is_placeholder(request.text) or (request.line < len(lines) and not lines[request.line].strip())


def export_keyword(request: Request, project: Project) -> str:
    """A file's first component is its default export, unless the project's components are
    mostly named exports (`export function PupilList`); one added beside another is named."""
    if re.search(r"^export\s+default\b", request.text, re.M):
        return "export"
    return "export" if 2 * len(project.named_components) > len(project.components) else "export default"


@lru_cache(maxsize=None)
def _aliases() -> dict[str, dict[str, list[str]]]:
    with open(Path(__file__).with_name("aliases.toml"), "rb") as file:
        return tomllib.load(file)


def _read_as(arg: str, value: str, options: list[str]) -> str | None:
    """The option `value` names: itself in any case, a listed alias, or (for a type) its singular."""
    wanted = value.strip().lower()
    for option in options:
        if wanted in (option.lower(), singular(option.lower())) or singular(wanted) == option.lower():
            return option
        if wanted in _aliases().get(arg, {}).get(option, []):
            return option
    return None


def choose(arg: str, value: str | None, options: list[str], question: str) -> str:
    """The option `value` names (see `_read_as`); else ask, offering them."""
    named = _read_as(arg, value, options) if value else None
    if named is not None:
        return named
    choices = tuple(Choice(option, option) for option in options)
    if not options:
        raise ModeError(f"{question}: the project offers nothing to choose from")
    prompt = question if value is None else f"`{value}` is not one of them. {question}"
    raise NeedsInput(arg, prompt, choices)


#: said when a project describes no record at all, in words for someone who does not code
NO_API_TYPES = (
    "This app's code does not describe its records yet: no file under src/ says which fields a record "
    "from the server has. If the server is the app's Rust backend, the mode “types.typescript” writes "
    "these descriptions for you (run it in a new file, e.g. src/api/types.ts); then try again."
)


def choose_type(
    request: Request,
    project: Project,
    usable: Callable[[Interface], bool],
    question: str,
    lacking: Callable[[str], str],
    served_by: Callable[[str], str | None] = lambda name: None,
) -> Interface:
    """The API type named by the `type` argument, among those `usable` says the mode can serve;
    `served_by` reads a type that only stands for one of them (a form's `NewOwner` -> `Owner`).
    `lacking(type)` says in plain words what the app lacks for a type that is not usable."""
    if not project.interfaces:
        raise ModeError(NO_API_TYPES)
    options = [name for name, interface in project.interfaces.items() if usable(interface)]
    named = request.args.get("type")
    stands_for = served_by(named) if named in project.interfaces else None
    known = _read_as("type", stands_for or named, list(project.interfaces)) if named else None
    if known is not None and known not in options:
        reason = lacking(known)
        if not options:
            raise ModeError(reason)
        raise NeedsInput("type", f"{reason} {question}", tuple(Choice(option, option) for option in options))
    if not options:
        raise ModeError(lacking(named or "these records"))
    return project.interfaces[choose("type", stands_for or named, options, question)]


def example_file(project: Project, kind: str) -> str:
    """Where a new page of the project's first record type would go, for messages:
    `src/pages/PlantList.tsx`."""
    first = next(iter(project.interfaces), "Record")
    return project.example_file(f"{first}{kind}.tsx")


def template(mode_folder: Path, name: str) -> str:
    return (mode_folder / "templates" / f"{name}.tsx.tmpl").read_text(encoding="utf-8")

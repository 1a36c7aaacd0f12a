"""What `types.typescript` needs: the types file, the Rust crate it mirrors, and the synced text."""

from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ...frontend import frontend_root
from ...syntax import parse
from .project_types import ProjectTypes, project_types
from .render import MARKER, Declaration, declarations
from .serde_shape import read_crate

HEADER = (
    "// API types: the JSON the Rust backend sends and reads, written by nocodo (types.typescript)\n"
    "// from its serde structs. Declarations marked \"From Rust\" are rewritten on every run; your\n"
    "// own declarations are kept.\n"
)


@dataclass
class TypesContext:
    request: Request
    crate: Path
    declarations: list[Declaration]
    #: the file with every declaration in sync, the rest as it was
    synced: str
    #: what the mode writes: the whole synced file, or the one declaration a comment asked for
    written: str = ""

    def __post_init__(self) -> None:
        self.written = self.written or self.synced


def _crates_near(frontend: Path, workspace_root: Path) -> list[Path]:
    """Crates beside the frontend (its parent's folders), else anywhere one level below the workspace."""
    for base in (frontend.parent, workspace_root):
        found = sorted(p.parent for p in base.glob("*/Cargo.toml")) + sorted(p for p in [base] if (p / "Cargo.toml").is_file())
        if found:
            return found
    return []


def _crate(request: Request, frontend: Path) -> Path:
    named = request.args.get("crate")
    if named:
        crate = (frontend / named).resolve() if not Path(named).is_absolute() else Path(named)
        if not (crate / "Cargo.toml").is_file():
            raise ModeError(f"`{named}` is not a Cargo crate (no Cargo.toml there)")
        return crate
    crates = _crates_near(frontend, request.workspace.root)
    if not crates:
        raise ModeError("no Rust crate found beside this frontend; name one with the `crate` argument")
    if len(crates) > 1:
        choices = tuple(Choice(c.name, str(c)) for c in crates)
        raise NeedsInput("crate", "Which Rust crate's API types?", choices)
    return crates[0]


def _blocks(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first, end, name) of each generated block: its marker line up to the next blank line."""
    blocks = []
    for number, line in enumerate(lines):
        match = MARKER.fullmatch(line.strip())
        if match:
            end = number + 1
            while end < len(lines) and lines[end].strip():
                end += 1
            blocks.append((number, end, match.group(1)))
    return blocks


_DECLARED = re.compile(r"^export\s+(?:interface|type|const|enum|class)\s+(\w+)", re.M)


def _references(declaration: Declaration, names: set[str]) -> set[str]:
    """The crate's types `declaration` refers to (its marker line names the type itself)."""
    body = declaration.text.split("\n", 1)[-1]
    return set(re.findall(r"\b[A-Za-z_]\w*\b", body)) & names - {declaration.name}


def _with_imports(text: str, imports: list[str]) -> str:
    """`text` with the import lines below its last import, else below the header nocodo wrote,
    else at the top."""
    if not imports:
        return text
    lines = text.split("\n")
    ends = [node.end_point[0] + 1 for node in parse(text, "typescript").root_node.children if node.type == "import_statement"]
    if ends:
        return "\n".join(lines[: ends[-1]] + imports + lines[ends[-1] :])
    if text.startswith(HEADER):
        at = HEADER.count("\n")
        return "\n".join(lines[:at] + ["", *imports] + lines[at:])
    return "\n".join(imports + [""] + lines)


def sync(text: str, wanted: list[Declaration], others: ProjectTypes) -> str:
    """`text` with each marked declaration replaced by its wanted text (or removed when its Rust
    item is gone) and the new ones appended; everything unmarked stays as it is, and a type the
    person declared themselves (unmarked, here or in another .ts file of src/) is theirs: no
    second declaration of it is added, and the declarations referring to one import it."""
    lines = text.split("\n")
    by_name = {d.name: d for d in wanted}
    out: list[str] = []
    cursor = 0
    present = set()
    for first, end, name in _blocks(lines):
        out += lines[cursor:first]
        cursor = end
        if name in by_name:
            out += by_name[name].text.split("\n")
            present.add(name)
        elif end < len(lines) and not lines[end].strip():
            cursor = end + 1  # a removed declaration takes its blank line with it
    out += lines[cursor:]
    body = "\n".join(out).rstrip("\n")
    own = set(_DECLARED.findall(body)) - present
    new = [d for d in wanted if d.name not in present | own and d.name not in others.declared]
    if not body.strip():
        body = HEADER.rstrip("\n")
    written = [d for d in wanted if d.name in present] + new
    referred = set().union(*(_references(d, set(by_name)) for d in written)) - set(_DECLARED.findall(body)) - {d.name for d in new}
    synced = "\n\n".join([body, *(d.text for d in new)]) + "\n"
    return _with_imports(synced, others.import_lines(referred, synced))


def build_context(request: Request) -> TypesContext:
    if request.path.suffix != ".ts":
        raise ModeError("run types.typescript in the frontend's types file (a .ts file such as src/types.ts)")
    frontend = frontend_root(request.path, request.workspace)
    if frontend is None:
        raise ModeError("this file is not in a frontend project (no package.json above it)")
    crate = _crate(request, frontend)
    structs, enums = read_crate(request.workspace, crate)
    if not structs and not enums:
        raise ModeError(f"the crate {crate.name} has no struct or enum deriving Serialize or Deserialize")
    wanted = declarations(structs, enums)
    others = project_types(request.path, frontend, request.workspace)
    asked = asked_for(request) or _named_by_file(request, wanted)
    if asked is not None:
        return _one_declaration(request, crate, wanted, asked, others)
    synced = sync(request.text, wanted, others)
    if synced == request.text:
        raise ModeError(f"the types are already in sync with {crate.name}; nothing to change")
    return TypesContext(request, crate, wanted, synced)


_COMMENT = re.compile(r"^\s*(?://|/\*\*?|\*)\s*(.*?)\s*(?:\*/)?\s*$")


def asked_for(request: Request) -> str | None:
    """The words of a comment the person put the cursor on (or just below): a request for one
    type ("/** models::customer::CustomerChanges */", "// nocodo: SupplierChanges"). The first
    line counts only in a new file (nothing but comments yet, and not nocodo's header): elsewhere
    it describes the file. A generated declaration's own marker is no request."""
    lines = request.text.split("\n")
    new_file = not request.text.startswith(HEADER.split("\n")[0]) and all(
        not line.strip() or line.lstrip().startswith(("//", "/*", "*")) for line in lines
    )
    for number in (request.line, request.line - 1):
        if (0 if new_file else 1) <= number < len(lines) and lines[number].strip():
            line = lines[number]
            if MARKER.search(line) or not line.lstrip().startswith(("//", "/*", "*")):
                return None
            found = _COMMENT.match(line)
            return found.group(1) if found and found.group(1) else None
    return None


def _named_by_file(request: Request, wanted: list[Declaration]) -> str | None:
    """The type an empty new file is named after (`supplier-changes.ts` -> SupplierChanges)."""
    if request.text.strip() or request.path.stem in ("types", "index"):
        return None
    stem = re.sub(r"[-_.]", "", request.path.stem).lower()
    return next((d.name for d in wanted if d.name.lower() == stem), None)


def _with_dependencies(first: Declaration, wanted: list[Declaration], text: str, others: ProjectTypes) -> tuple[list[Declaration], set[str]]:
    """`first` and each crate type it needs that the project declares nowhere yet (written too),
    and the names it needs that another file declares (imported)."""
    by_name = {d.name: d for d in wanted}
    here = set(_DECLARED.findall(text))
    written, imported, queue = [], set(), [first]
    while queue:
        declaration = queue.pop(0)
        if declaration in written:
            continue
        written.append(declaration)
        for name in sorted(_references(declaration, set(by_name)) - here):
            if name in others.declared:
                imported.add(name)
            else:
                queue.append(by_name[name])
    return written, imported


def _one_declaration(request: Request, crate: Path, wanted: list[Declaration], asked: str, others: ProjectTypes) -> TypesContext:
    """The one declaration a comment asks for, right below it, with what it needs: the types it
    refers to that another file declares are imported, and those declared nowhere are written
    after it. Refused when the comment names no Rust type, rather than syncing something else."""
    names = {d.name: d for d in wanted}
    named = [w for w in re.findall(r"[A-Za-z_]\w*", asked) if w in names]
    if not named:
        raise ModeError(
            f"the comment asks for \"{asked}\", which names no struct or enum of {crate.name} with serde derives "
            f"({', '.join(sorted(names))}); types.typescript only mirrors those: add the Rust type first. Nothing was changed"
        )
    declaration = names[named[-1]]
    if re.search(rf"^export\s+(?:interface|type)\s+{declaration.name}\b", request.text, re.M):
        raise ModeError(f"`{declaration.name}` is already declared in this file; nothing to add")
    if declaration.name in others.declared:
        where = others.declared[declaration.name].relative_to(request.workspace.root).as_posix()
        raise ModeError(f"`{declaration.name}` is already declared in {where}; import it from there. Nothing was changed")
    written, imported = _with_dependencies(declaration, wanted, request.text, others)
    body = "\n\n".join(d.text for d in written)
    lines = request.text.split("\n")
    at = request.line + 1 if lines[request.line].strip() else request.line
    placed = "\n".join(lines[:at] + body.split("\n") + lines[at:])
    imports = others.import_lines(imported, request.text)
    code = "\n\n".join(["\n".join(imports), body]) if imports else body
    return TypesContext(request, crate, written, _with_imports(placed, imports), written=code)

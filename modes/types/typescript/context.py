"""What `types.typescript` needs: the types file, the Rust crate it mirrors, and the synced text."""

from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path

from ...base import Choice, ModeError, NeedsInput, Request
from ...frontend import frontend_root
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


def sync(text: str, wanted: list[Declaration]) -> str:
    """`text` with each marked declaration replaced by its wanted text (or removed when its Rust
    item is gone) and the new ones appended; everything unmarked stays as it is, and a type the
    person declared themselves (unmarked) is theirs: no second declaration of it is added."""
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
    own = set(re.findall(r"^export\s+(?:interface|type|const|enum|class)\s+(\w+)", body, re.M)) - present
    new = [d.text for d in wanted if d.name not in present and d.name not in own]
    if not body.strip():
        body = HEADER.rstrip("\n")
    return "\n\n".join([body, *new]) + "\n"


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
    asked = asked_for(request)
    if asked is not None:
        return _one_declaration(request, crate, wanted, asked)
    synced = sync(request.text, wanted)
    if synced == request.text:
        raise ModeError(f"the types are already in sync with {crate.name}; nothing to change")
    return TypesContext(request, crate, wanted, synced)


_COMMENT = re.compile(r"^\s*(?://|/\*\*?|\*)\s*(.*?)\s*(?:\*/)?\s*$")


def asked_for(request: Request) -> str | None:
    """The words of a comment the person put the cursor on (or just below), below the file's
    first line: a request for one type ("/** models::customer::CustomerChanges */"). A generated
    declaration's own marker is no request."""
    lines = request.text.split("\n")
    for number in (request.line, request.line - 1):
        if 0 < number < len(lines) and lines[number].strip():
            line = lines[number]
            if MARKER.search(line) or not line.lstrip().startswith(("//", "/*", "*")):
                return None
            found = _COMMENT.match(line)
            return found.group(1) if found and found.group(1) else None
    return None


def _one_declaration(request: Request, crate: Path, wanted: list[Declaration], asked: str) -> TypesContext:
    """The one declaration a comment asks for, right below it; refused when the comment names no
    Rust type, rather than syncing something else."""
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
    lines = request.text.split("\n")
    at = request.line + 1 if lines[request.line].strip() else request.line
    synced = "\n".join(lines[:at] + declaration.text.split("\n") + lines[at:])
    return TypesContext(request, crate, [declaration], synced, written=declaration.text)

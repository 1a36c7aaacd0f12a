"""`types.typescript`: the frontend's API types from the Rust crate's serde structs, kept in sync.

Deterministic (`derive`): the Rust source settles every type, so the model is never called.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, Request, derived_only
from ...edits import hunk_edits
from ...frontend import frontend_root
from .context import TypesContext, build_context
from .render import MARKER
from .validate import validate


def applies(request: Request) -> bool:
    """In a frontend's `types.ts`, or any .ts file already holding generated declarations."""
    if request.path.suffix != ".ts" or frontend_root(request.path, request.workspace) is None:
        return False
    return request.path.name == "types.ts" or MARKER.search(request.text) is not None


def as_placed(code: str, context: TypesContext) -> str:
    """The file `code` makes: itself when it is the whole file, else (one declaration a comment
    asked for) the synced file it sits in; that file is what is checked and placed."""
    return context.synced if code == context.written != context.synced else code


MODE = Mode(
    id="types.typescript",
    title="Sync TypeScript API types from Rust",
    language="typescript",
    description="The frontend's API types (interfaces and string unions) from the Rust crate's serde structs and enums; only what changed is rewritten.",
    args=(ModeArg("crate", "the Rust crate to mirror, relative to the frontend (default: the one beside it)"),),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=lambda code, context: validate(as_placed(code, context), context),
    place=lambda code, context: hunk_edits(context.request.text, as_placed(code, context)),
    reading=lambda context: f"{len(context.declarations)} declarations from {context.crate.name}",
    derive=lambda context: context.written,
)

"""`diesel.model_struct`: one model struct (read, insert or changeset) for a table of schema.rs."""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, Request
from ...postprocess import clean_answer, end_of_first_block, first_item
from ...syntax import byte_offset, parse
from ..models import read_rust_file
from .context import StructContext, build_context
from .place import place
from .prompt import build_prompt
from .validate import validate


def applies(request: Request) -> bool:
    """On a model struct (to update it), or on a blank line between top-level items."""
    if request.path.suffix != ".rs" or request.path.name == "schema.rs" or "diesel" not in request.text:
        return False
    lines = request.text.split("\n")
    if request.line >= len(lines):
        return False
    rust_file = read_rust_file(request.text)
    offset = byte_offset(request.text, request.line, request.character)
    if any(s.start_byte <= offset <= s.end_byte for s in rust_file.model_structs()):
        return True
    inside_item = any(
        node.start_point[0] <= request.line <= node.end_point[0] for node in parse(request.text).root_node.children
    )
    return not lines[request.line].strip() and not inside_item


def extract(text: str, context: StructContext) -> str:
    return first_item(clean_answer(text)).strip()


MODE = Mode(
    id="diesel.model_struct",
    title="Generate Diesel model struct",
    language="rust",
    description="One Queryable, Insertable or AsChangeset struct for a table of schema.rs, created or updated.",
    args=(
        ModeArg("table", "the table, e.g. invoices (not needed inside an existing model struct)", identifier=True),
        ModeArg("kind", "read, insert or changeset (default read)"),
        ModeArg("name", "the struct's name (default from the table and kind)", identifier=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=build_prompt,
    extract=extract,
    validate=validate,
    place=place,
    max_tokens=300,
    complete_when=lambda text: end_of_first_block(text) is not None,
    # Updating: the fields the table gained are settled, so no model is needed; the user's
    # attributes, docs and field order stay as they are.
    derive=lambda context: context.updated_source,
)

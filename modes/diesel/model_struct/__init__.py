"""`diesel.model_struct`: one model struct (read, insert or changeset) for a table of schema.rs."""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, Request
from ...postprocess import clean_answer, end_of_first_block, first_item
from .context import StructContext, build_context
from .place import place
from .prompt import build_prompt
from .validate import validate


def applies(request: Request) -> bool:
    return request.path.suffix == ".rs" and request.path.name != "schema.rs" and "diesel" in request.text


def extract(text: str, context: StructContext) -> str:
    return first_item(clean_answer(text)).strip()


MODE = Mode(
    id="diesel.model_struct",
    title="Generate Diesel model struct",
    language="rust",
    description="One Queryable, Insertable or AsChangeset struct for a table of schema.rs, created or updated.",
    args=(
        ModeArg("table", "the table, e.g. invoices (not needed inside an existing model struct)"),
        ModeArg("kind", "read, insert or changeset (default read)"),
        ModeArg("name", "the struct's name (default from the table and kind)"),
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
)

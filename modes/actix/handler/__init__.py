"""`actix.handler`: one Actix handler for a Diesel model, at the cursor in a handlers file.

Every action is derived from the crate (see derive.py): the model is never asked, so the mode
has no prompt of its own and its patterns are the templates the derivation fills.
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg
from ...postprocess import clean_answer
from ..derived import applies_in_crate_file, derived_only
from .context import HandlerContext, build_context
from .derive import derive
from .place import place
from .validate import validate


def reading(context: HandlerContext) -> str:
    function = context.function
    if function is None:
        via = "runs the Diesel query itself"
    elif function.connection == "self":
        via = f"calls {context.conventions.state.extractor}::{function.name}"
    elif function.module is not None:
        via = f"calls {'::'.join(filter(None, [function.module, function.name]))}"
    else:
        via = f"calls {context.model.name}::{function.name}"
    return f"{context.action} handler `{context.handler}`: {context.method.upper()} {context.path}, {via}"


MODE = Mode(
    id="actix.handler",
    title="Generate Actix handler",
    language="rust",
    description="One Actix Web handler for a Diesel model: list, get, create, update, delete, or a call of one of its functions.",
    args=(
        ModeArg("model", "the model struct, e.g. Owner, or words naming its records, e.g. our owners (it is looked up, never written as given)"),
        ModeArg("action", "list, get, create, update, delete or call"),
        ModeArg("function", "for call: the model's function to call, e.g. search_by_name", identifier=True),
        ModeArg("path", "the route, e.g. /owners/search (default from the table and action)"),
        ModeArg("method", "for call and update: get, post, put, patch or delete (default from the crate)"),
        ModeArg("name", "the handler's name (default e.g. list_owners)", identifier=True),
        ModeArg("response", "where the crate answers a response struct per record and this one has none: add (write one beside the handler) or no"),
        ModeArg("body", "for create and update when the table has no struct for the JSON body: add (write one beside the handler) or no"),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies_in_crate_file,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: clean_answer(text).strip(),
    validate=validate,
    place=place,
    reading=reading,
    derive=derive,
)

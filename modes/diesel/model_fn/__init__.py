"""`diesel.model_fn`: one function in the `impl` of a Diesel model, at the cursor."""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, ModeArg, ModeError, Request
from ...postprocess import clean_answer, end_of_first_block, first_item, reindent
from .context import FunctionContext, build_context, locate
from .place import place
from .prompt import build_prompt
from .questions import describe, remembered_note
from .validate import validate


def applies(request: Request) -> bool:
    if request.path.suffix != ".rs" or "table_name" not in request.text:
        return False
    try:
        _, rust_file, impl = locate(request)
    except ModeError:
        return False
    return impl is not None and any(s.name == impl.type_name and s.table for s in rust_file.structs)


def extract(text: str, context: FunctionContext) -> str:
    code = first_item(clean_answer(text))
    if context.steering_doc and code.startswith(context.steering_doc):
        code = code[len(context.steering_doc) :]
    return reindent(code, context.indent)


MODE = Mode(
    id="diesel.model_fn",
    title="Generate Diesel function",
    language="rust",
    description="One function in the impl block of a Diesel model, from a stub, a // nocodo: comment or a name.",
    args=(
        ModeArg("name", "name of the function, e.g. find_by_email (a stub at the cursor also names it)", identifier=True),
        ModeArg("doc", "what the function does, in a few words"),
        ModeArg(
            "meaning",
            "what words of the request mean when asked, e.g. unsettled=settled_at.is_null(); rush=ignore; "
            "purchases=say: orders",
        ),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=build_prompt,
    extract=extract,
    validate=validate,
    place=place,
    max_tokens=260,
    complete_when=lambda text: end_of_first_block(text) is not None,
    hint_indent=lambda context: context.indent,
    reading=lambda context: describe(context.intent, context.table.name, context.name) + remembered_note(context.remembered),
    answers=lambda context: (context.table.name, context.answers),
)

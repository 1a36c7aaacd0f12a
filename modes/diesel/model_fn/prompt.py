"""The prompt: the pattern library first (a fixed, cacheable prefix), then this model's context,
ending exactly where the new function begins so a base model simply continues it."""

from __future__ import annotations

from ...base import Pattern, Prompt
from .context import FunctionContext
from .grammar import build_grammar

HEADER = (
    "// Diesel 2 model functions for SQLite. Each function runs one query on the model's table\n"
    "// with the connection it is given, using only the columns listed in schema.rs.\n\n"
)


def _member(source: str, indent: str) -> str:
    return indent + source.strip()


def build_prompt(context: FunctionContext, patterns: list[Pattern]) -> Prompt:
    prefix = HEADER + "\n".join(pattern.text for pattern in patterns) + "\n"
    tables = [context.table, *context.related_tables]
    parts = ["// schema.rs", *(table.source for table in tables), ""]
    parts.append(f"// models/{context.request.path.name}")
    for enum in context.enums:
        parts += [enum.source, ""]
    for struct in [context.struct, *context.companions]:
        parts += [struct.source, ""]
    parts.append(f"impl {context.impl.type_name} {{")
    for function in context.impl.functions:
        parts += [_member(function.source, context.indent), ""]
    return Prompt(
        prefix=prefix, context="\n".join(parts) + "\n", prefill=context.prefill, grammar=build_grammar(context)
    )

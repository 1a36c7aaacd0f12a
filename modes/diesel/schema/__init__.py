"""`diesel.schema`: one `diesel::table!` block in schema.rs, from a plain description."""

from __future__ import annotations

import json
from pathlib import Path

from ...base import Finding, Mode, ModeArg, Pattern, Prompt, Request
from ...edits import changed_lines_edit
from ...postprocess import clean_answer, end_of_first_block, first_item
from ...syntax import parse, syntax_problems
from ..tables import RUST_TYPE_FOR_SQL, parse_tables_macro
from .context import SchemaContext, build_context
from .upkeep import with_block, with_upkeep

HEADER = "// Diesel 2 schema for SQLite: one diesel::table! per description, snake_case columns.\n\n"
SQL_TYPES = ("Integer", "BigInt", "Text", "Bool", "Double", "Float", "Timestamp", "Date", "Time", "Binary")


def applies(request: Request) -> bool:
    return request.path.name == "schema.rs"


def build_prompt(context: SchemaContext, patterns: list[Pattern]) -> Prompt:
    prefix = HEADER + "\n".join(p.text for p in patterns) + "\n"
    prefill = f"// {context.description}\ndiesel::table! {{\n    {context.table} (id) {{\n        id -> Integer,\n"
    if context.planned:
        # The description said every column and type: the grammar holds them as fixed text.
        lines = "".join(f"        {column.declaration()},\n" for column in context.planned)
        return Prompt(prefix=prefix, context="", prefill=prefill, grammar=f"root ::= {json.dumps(lines + '    }' + chr(10) + '}')}")
    types = " | ".join(json.dumps(t) for t in SQL_TYPES)
    grammar = "\n".join(
        [
            'root ::= column column? column? column? column? column? column? column? column? column? column? "    }\\n}"',
            'column ::= "        " name " -> " ( base | "Nullable<" base ">" ) ",\\n"',
            "name ::= [a-z] [a-z0-9_]*",
            f"base ::= {types}",
        ]
    )
    return Prompt(prefix=prefix, context="", prefill=prefill, grammar=grammar)


def extract(text: str, context: SchemaContext) -> str:
    code = first_item(clean_answer(text))
    return "\n".join(line for line in code.split("\n") if not line.startswith("// ")).strip()


def validate(code: str, context: SchemaContext) -> list[Finding]:
    if syntax_problems(parse(code)):
        return [Finding("error", "the table! block does not parse")]
    inner = code[code.find("{") + 1 : code.rfind("}")]
    tables = parse_tables_macro(inner)
    if len(tables) != 1 or tables[0].name != context.table:
        return [Finding("error", f"expected one table! block for `{context.table}`")]
    table = tables[0]
    findings = []
    names = table.column_names
    for name in sorted({n for n in names if names.count(n) > 1}):
        findings.append(Finding("error", f"the column `{name}` appears twice", hint=f"write {name} once"))
    for key in table.primary_key:
        if key not in names:
            findings.append(Finding("error", f"the primary key `{key}` is not a column"))
    for column in table.columns:
        if column.sql_type not in RUST_TYPE_FOR_SQL:
            findings.append(Finding("error", f"`{column.name}` has the unknown SQL type `{column.sql_type}`"))
    if len(names) < 2:
        findings.append(Finding("error", "the table has no columns besides its key", hint="add the columns the description names"))
    declared = {column.name: column.declaration() for column in table.columns}
    for planned in context.planned:
        if declared.get(planned.name) != planned.declaration():
            findings.append(
                Finding("error", f"the description asks for `{planned.declaration()}`", hint=f"declare {planned.declaration()}")
            )
    return findings


def place(code: str, context: SchemaContext) -> list:
    text = context.request.text
    new_text = with_upkeep(with_block(text, code, context.schema, context.existing), context.table)
    return [changed_lines_edit(text, new_text)]


MODE = Mode(
    id="diesel.schema",
    title="Generate Diesel table",
    language="rust",
    description="One diesel::table! block in schema.rs from a plain description, with joinable! upkeep.",
    args=(
        ModeArg("table", "the table's name, snake_case plural", required=True, identifier=True),
        ModeArg("description", "what the table holds, in plain words", required=True),
    ),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=build_prompt,
    extract=extract,
    validate=validate,
    place=place,
    max_tokens=220,
    complete_when=lambda text: end_of_first_block(text) is not None,
)

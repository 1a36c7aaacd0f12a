"""What `diesel.model_fn` needs to know: the impl at the cursor, its model, table and enums."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import glossary
from ...base import ModeError, NeedsInput, Request
from ...postprocess import end_of_first_block
from ...syntax import byte_offset, indent_of
from ..models import EnumDef, Function, ImplBlock, ModelStruct, RustFile, impl_at, read_rust_file
from ..tables import Schema, Table
from ..workspace_index import crate_enums, crate_schema, find_model_struct, schema_table
from .intent import IGNORE, SAY, Intent, bind_params, parse_meaning, parse_meanings, read_intent, request_words, suggest_name
from .questions import question
from .signature import Signature, derive_signature, signature_from_stub
from .style import Style, read_style

_STUB = re.compile(r"^(\s*)(pub(?:\([^)]*\))?\s+)?fn\s+([A-Za-z_]\w*)")
_NOCODO_COMMENT = re.compile(r"^\s*//\s*nocodo:\s*(.+?)\s*$")
_DOC_COMMENT = re.compile(r"^\s*///\s?(.*)$")
_FUNCTION_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_EMPTY_BODIES = {"todo!()", "unimplemented!()", "", "todo!();", "unimplemented!();"}


@dataclass
class Stub:
    """What the user wrote at the cursor to ask for a function, and the lines it occupies."""

    first_line: int
    last_line: int
    name: str | None
    #: the start of the function the model continues (doc lines + signature so far)
    prefill: str
    doc: str | None = None


@dataclass
class FunctionContext:
    request: Request
    rust_file: RustFile
    impl: ImplBlock
    struct: ModelStruct
    schema: Schema
    table: Table
    enums: list[EnumDef]
    companions: list[ModelStruct]
    name: str | None
    prefill: str
    indent: str
    #: how the impl's own functions take their connection and return their results
    style: Style
    #: lines replaced by the result (a stub or a request comment), inclusive
    replace: tuple[int, int] | None
    #: line before which the result is inserted when nothing is replaced
    insert_before: int
    #: doc line written only to steer the model, left out of the result
    steering_doc: str | None = None
    related_tables: list[Table] = field(default_factory=list)
    #: set when the name settles the signature; the body is then generated under a grammar
    signature: Signature | None = None
    #: what the request's words ask of the query (see intent.py)
    intent: Intent = field(default_factory=Intent)
    #: what the person answered in this run ({word: meaning}), and what the glossary supplied
    answers: dict[str, str] = field(default_factory=dict)
    remembered: dict[str, str] = field(default_factory=dict)

    @property
    def lines(self) -> list[str]:
        return self.request.text.split("\n")


def _doc_lines_above(lines: list[str], line: int) -> int:
    first = line
    while first > 0 and _DOC_COMMENT.match(lines[first - 1]):
        first -= 1
    return first


def find_stub(lines: list[str], line: int) -> Stub | None:
    """The stub the cursor is on: its `fn` line, a line of its body, or a request comment."""
    if line >= len(lines):
        return None
    stub = _stub_starting_at(lines, line)
    if stub is not None:
        return stub
    for start in range(line - 1, max(-1, line - 8), -1):
        if _STUB.match(lines[start]):
            enclosing = _stub_starting_at(lines, start)
            return enclosing if enclosing is not None and enclosing.last_line >= line else None
    return None


def _stub_starting_at(lines: list[str], line: int) -> Stub | None:
    current = lines[line]
    comment = _NOCODO_COMMENT.match(current)
    if comment:
        indent = indent_of(current)
        return Stub(line, line, None, f"{indent}/// {comment.group(1)}\n{indent}pub fn ", doc=comment.group(1))
    doc = _DOC_COMMENT.match(current)
    if doc and not (line + 1 < len(lines) and _STUB.match(lines[line + 1])):
        first = _doc_lines_above(lines, line)
        last = line
        while last + 1 < len(lines) and _DOC_COMMENT.match(lines[last + 1]):
            last += 1
        indent = indent_of(current)
        doc_block = "\n".join(lines[first : last + 1])
        text = " ".join(_DOC_COMMENT.match(l).group(1) for l in lines[first : last + 1]).strip()
        return Stub(first, last, None, f"{doc_block}\n{indent}pub fn ", doc=text) if text else None
    if doc:
        line += 1
        current = lines[line]
    match = _STUB.match(current)
    if not match:
        return None
    indent, name = match.group(1), match.group(3)
    first = _doc_lines_above(lines, line)
    doc_block = "".join(l + "\n" for l in lines[first:line])
    written_doc = " ".join(_DOC_COMMENT.match(l).group(1) for l in lines[first:line]).strip() or None
    brace_line = _signature_end(lines, line)
    if brace_line is not None:
        following = "\n".join(lines[line:])
        brace = following.find("{")
        end = end_of_first_block(following)
        if end is None:
            return None
        body = following[brace + 1 : end - 1].strip()
        if re.sub(r"\s+", "", body) not in _EMPTY_BODIES:
            return None  # a complete function with a real body is not a stub
        last = line + following[:end].count("\n")
        return Stub(first, last, name, f"{doc_block}{following[:brace].rstrip()} {{\n", doc=written_doc)
    return Stub(first, line, name, doc_block + current.rstrip(), doc=written_doc)


def _signature_end(lines: list[str], line: int) -> int | None:
    """The line holding the `{` that opens the stub's body, if the signature gets that far."""
    for number in range(line, min(line + 6, len(lines))):
        if number > line and (not lines[number].strip() or re.match(r"\s*(pub\b|fn\b|//|#|\})", lines[number])):
            return None
        if "{" in lines[number]:
            return number
    return None


def _blank_lines(lines: list[str], first: int, last: int) -> str:
    return "\n".join("" if first <= number <= last else line for number, line in enumerate(lines))


def _enclosing_function(impl: ImplBlock, line: int) -> Function | None:
    return next((f for f in impl.functions if f.start_line <= line <= f.end_line), None)


def _related_enums(struct: ModelStruct, table: Table, impl: ImplBlock, enums: list[EnumDef]) -> list[EnumDef]:
    """Enums the model may meet: field types, enums named after text columns, existing params."""
    by_name = {e.name: e for e in enums}
    wanted: list[str] = []
    for f in struct.fields:
        wanted.extend(re.findall(r"\b[A-Z]\w*", f.rust_type))
    struct_pascal = struct.name
    for column in table.columns:
        if column.sql_type == "Text":
            pascal = "".join(part.capitalize() for part in column.name.split("_"))
            wanted.extend([struct_pascal + pascal, pascal])
    for function in impl.functions:
        for written in function.params.values():
            wanted.extend(re.findall(r"\b[A-Z]\w*", written))
    seen, result = set(), []
    for name in wanted:
        if name in by_name and name not in seen:
            seen.add(name)
            result.append(by_name[name])
    return result


def _words(text: str) -> str:
    return text.replace("_", " ").strip()


def humanize(name: str, model: str) -> str:
    """A doc line in the words the pattern library uses for the same kind of function."""
    thing = re.sub(r"(?<!^)(?=[A-Z])", " ", model).lower()
    rules = (
        (r"find_by_(\w+)", lambda m: f"Find the {thing} with this {_words(m.group(1))}, if there is one."),
        (r"(?:list|all)_(?:by|for)_(\w+)", lambda m: f"All {thing} rows of one {_words(m.group(1))}."),
        (r"count_(?:by|for)_(\w+)", lambda m: f"How many {thing} rows one {_words(m.group(1))} has."),
        (r"count(?:_all)?", lambda m: f"How many {thing} rows there are."),
        (r"(\w+)_exists|exists_by_(\w+)", lambda m: f"Is there a {thing} with this {_words(m.group(1) or m.group(2))}?"),
        (r"delete(?:_by_(\w+))?", lambda m: f"Delete a {thing}" + (f" by {_words(m.group(1))}." if m.group(1) else ".")),
        (r"create|insert", lambda m: f"Insert a new {thing} and return it."),
        (r"search_by_(\w+)", lambda m: f"{thing.capitalize()} rows whose {_words(m.group(1))} contains the text."),
    )
    for pattern, describe in rules:
        match = re.fullmatch(pattern, name)
        if match:
            return describe(match)
    words = _words(name)
    return words[:1].upper() + words[1:] + "."


def locate(request: Request) -> tuple[Stub | None, RustFile, ImplBlock | None]:
    """The stub at the cursor and the impl around it, read with the stub blanked out so a
    half-typed signature does not break the parse of the impl."""
    lines = request.text.split("\n")
    if request.line >= len(lines):
        raise ModeError(f"the cursor (line {request.line + 1}) is past the end of the file")
    stub = find_stub(lines, request.line)
    text = _blank_lines(lines, stub.first_line, stub.last_line) if stub else request.text
    rust_file = read_rust_file(text)
    return stub, rust_file, impl_at(rust_file, byte_offset(text, request.line, request.character))


def build_context(request: Request) -> FunctionContext:
    lines = request.text.split("\n")
    stub, rust_file, impl = locate(request)
    if impl is None:
        raise ModeError(
            "put the cursor inside an `impl` block of a Diesel model "
            "(a struct with #[diesel(table_name = ...)]) to generate a function there"
        )
    struct = rust_file.struct(impl.type_name) or find_model_struct(request.workspace, request.path, impl.type_name)
    if struct is None or not struct.table:
        raise ModeError(
            f"`{impl.type_name}` is not a Diesel model here: its struct needs #[diesel(table_name = ...)]"
        )
    schema = crate_schema(request.workspace, request.path)
    table = schema_table(schema, struct.table)

    name = (stub.name if stub else None) or request.args.get("name") or None
    doc = (stub.doc if stub else None) or request.args.get("doc") or None
    if name is not None and not _FUNCTION_NAME.fullmatch(name):
        raise ModeError(f"`{name}` is not a valid Rust function name (use snake_case, e.g. find_by_email)")
    if name is None and doc is None:
        raise NeedsInput("name", "Name of the function to generate (e.g. find_by_email)")
    if name is not None and any(f.name == name for f in impl.functions):
        raise ModeError(f"`{impl.type_name}` already has a function `{name}`")

    style = read_style(impl)
    all_enums = crate_enums(request.workspace, request.path, rust_file)
    companions = [s for s in rust_file.model_structs() if s.table == struct.table and s.name != struct.name]
    member_line = next((l for f in impl.functions for l in [lines[f.start_line]] if l.strip()), None)
    indent = indent_of(member_line) if member_line else indent_of(lines[impl.start_line]) + "    "
    key = table.primary_key[0] if table.primary_key else None
    written = signature_from_stub(stub.prefill, struct.name, key) if stub and stub.prefill.endswith("{\n") else None
    if written is not None and style.acquire and style.connection_name in written.text:
        stub.prefill += style.acquire_lines(indent + "    ")
    given = request.args.get("meaning")
    answers = parse_meanings(given)
    related = {key: schema.tables[parent] for child, parent, key in schema.joins if child == table.name and parent in schema.tables}
    remembered = _remembered(request, name, doc, table, struct, all_enums, answers, related)
    try:
        intent = read_intent(
            name, doc, table, struct, all_enums, kind=written.kind if written else None, meanings={**remembered, **answers},
            related=related,
        )
    except ValueError as error:
        raise ModeError(str(error)) from error
    asked = question(intent, name, given, table, struct, all_enums, signature_written=written is not None)
    if asked is not None:
        raise asked
    if name is None and intent.kind and intent.settled:
        # A request written only as a comment: name the function from what it asks, so the
        # model writes a query rather than inventing a name.
        suggested = suggest_name(intent)
        if not any(f.name == suggested for f in impl.functions):
            name = suggested
    steering_doc = None
    if stub is not None:
        prefill, replace = stub.prefill, (stub.first_line, stub.last_line)
        if stub.name is None and name is not None:
            prefill += f"{name}("
        signature = written
        if signature is not None:
            intent = bind_params(intent, list(signature.params))
    else:
        steering_doc = f"{indent}/// {doc or humanize(name, struct.name)}\n" if not request.args.get("doc") else None
        prefill = (f"{indent}/// {doc}\n" if request.args.get("doc") else steering_doc) + f"{indent}pub fn {name}("
        replace = None
        signature = None
    if name is not None and prefill.rstrip().endswith(f"fn {name}("):
        signature = derive_signature(name, intent, struct, table, companions, style)
        if signature is not None:
            prefill = prefill[: prefill.rindex(f"fn {name}(")] + signature.text + " {\n"
            prefill += style.acquire_lines(indent + "    ")
    enclosing = _enclosing_function(impl, request.line)
    if enclosing is not None:
        insert_before = enclosing.end_line + 1
    elif impl.start_line < request.line < impl.close_line and not lines[request.line].strip():
        insert_before = request.line  # a blank line between functions: where the user asked
    else:
        insert_before = impl.close_line

    return FunctionContext(
        request=request,
        rust_file=rust_file,
        impl=impl,
        struct=struct,
        schema=schema,
        table=table,
        enums=_related_enums(struct, table, impl, all_enums),
        companions=companions,
        name=name,
        prefill=prefill,
        indent=indent,
        signature=signature,
        intent=intent,
        style=style,
        replace=replace,
        insert_before=insert_before,
        steering_doc=steering_doc,
        related_tables=list(related.values()),
        answers=answers,
        remembered=remembered,
    )


def _remembered(request: Request, name, doc, table: Table, struct, enums, answers: dict[str, str], related) -> dict[str, str]:
    """The glossary's meanings for words of this request that were not answered now, and that
    still fit the table (a column renamed since makes its line unusable, not an error)."""
    words = set(request_words(name, doc))
    return {
        word: meaning
        for word, meaning in glossary.meanings(request.workspace.root, table.name).items()
        if word in words and word not in answers
        and (meaning == IGNORE or meaning.startswith(SAY) or parse_meaning(meaning, table, struct, enums, related) is not None)
    }

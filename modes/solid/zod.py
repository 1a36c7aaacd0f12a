"""Types a project declares through zod schemas (`type Client = z.infer<typeof clientSchema>`),
read as the TypeScript they stand for, so the modes see their fields like any interface's.

A schema the reading does not follow (a refinement that changes the shape, a transform, a union
of objects) gives no type: the modes then say the record is not described rather than guess."""

from __future__ import annotations

import re

from ..syntax import Node, parse, text_of, walk

#: `z.infer<typeof s>` and its other spellings
_INFERRED = re.compile(r"z\.(infer|output|input|TypeOf)<\s*typeof\s+(\w+)\s*>")
_SCALARS = {"string": "string", "number": "number", "boolean": "boolean", "bigint": "number", "date": "string", "any": "unknown", "unknown": "unknown"}
#: methods that check a value without changing its type
_CHECKS = {
    "int", "positive", "nonnegative", "negative", "nonpositive", "min", "max", "length", "email", "url", "uuid",
    "datetime", "date", "time", "regex", "trim", "toLowerCase", "toUpperCase", "startsWith", "endsWith", "describe",
    "finite", "safe", "multipleOf", "step", "nonempty", "gt", "gte", "lt", "lte", "cuid", "ip", "default", "catch",
    "brand", "readonly", "strict", "passthrough", "strip", "refine", "superRefine",
}


def zod_schemas(modules_text: dict[str, str]) -> dict[str, str]:
    """Each type inferred from a zod schema -> the schema: `ClientInput` -> `clientInputSchema`."""
    found = {}
    for text in modules_text.values():
        if "zod" in text:
            for name, schema in re.findall(r"\btype\s+(\w+)\s*=\s*z\.(?:infer|output|input|TypeOf)<\s*typeof\s+(\w+)\s*>", text):
                found.setdefault(name, schema)
    return found


def zod_declarations(modules_text: dict[str, str]) -> dict[str, Node]:
    """Each `type X = z.infer<typeof s>` of the modules (module text by path), as the declaration
    node of the TypeScript type it stands for; only types whose schema can be read."""
    schemas: dict[str, Node] = {}
    inferred: dict[str, str] = {}
    for text in modules_text.values():
        if "zod" not in text:
            continue
        tree = parse(text, "typescript")
        for node in walk(tree.root_node):
            if node.type == "variable_declarator" and (value := node.child_by_field_name("value")) is not None:
                schemas.setdefault(text_of(node.child_by_field_name("name")), value)
            elif node.type == "type_alias_declaration":
                found = _INFERRED.fullmatch(text_of(node.child_by_field_name("value")).strip())
                if found:
                    inferred.setdefault(text_of(node.child_by_field_name("name")), found.group(2))
    names = {schema: name for name, schema in inferred.items()}
    written = []
    for name, schema in inferred.items():
        reader = _Reader(schemas, names, own=schema)
        typed = reader.type_of(schemas[schema]) if schema in schemas else None
        if typed is not None:
            written.append(f"type {name} = {typed};")
    if not written:
        return {}
    tree = parse("\n".join(written), "typescript")
    return {text_of(n.child_by_field_name("name")): n for n in tree.root_node.named_children if n.type == "type_alias_declaration"}


class _Reader:
    def __init__(self, schemas: dict[str, Node], names: dict[str, str], own: str):
        self.schemas = schemas
        #: schema -> the type name inferred from it, so a schema used inside another is named
        self.names = names
        self.own = own

    def type_of(self, node: Node) -> str | None:
        typed, _ = self._read(node)
        return typed

    def _read(self, node: Node) -> tuple[str | None, bool]:
        """(the TypeScript type, whether optional) of a zod expression."""
        if node.type == "identifier":
            name = text_of(node)
            if name in self.names and name != self.own:
                return self.names[name], False
            return (self._read(self.schemas[name]) if name in self.schemas else (None, False))
        if node.type == "parenthesized_expression" and node.named_children:
            return self._read(node.named_children[0])
        if node.type != "call_expression":
            return None, False
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments").named_children
        if function.type != "member_expression":
            return None, False
        method = text_of(function.child_by_field_name("property"))
        target = function.child_by_field_name("object")
        if text_of(target) in ("z", "z.coerce"):
            return self._constructor(method, arguments), False
        inner, optional = self._read(target)
        if inner is None:
            return None, False
        if method in _CHECKS:
            return inner, optional
        if method == "optional":
            return inner, True
        if method == "nullable":
            return f"{inner} | null", optional
        if method == "nullish":
            return f"{inner} | null", True
        if method == "array":
            return f"({inner})[]", optional
        if method == "partial" and not arguments:
            return f"Partial<{inner}>", optional
        if method in ("omit", "pick") and arguments and arguments[0].type == "object":
            keys = " | ".join(f'"{k}"' for k in _keys(arguments[0])) or "never"
            return f"{method.capitalize()}<{inner}, {keys}>", optional
        if method == "extend" and arguments and arguments[0].type == "object":
            added = self._object(arguments[0])
            return (f"{inner} & {added}" if added else None), optional
        if method == "merge" and arguments:
            other, _ = self._read(arguments[0])
            return (f"{inner} & {other}" if other else None), optional
        return None, False

    def _constructor(self, method: str, arguments: list[Node]) -> str | None:
        if method in _SCALARS:
            return _SCALARS[method]
        if method == "enum" and arguments and arguments[0].type == "array":
            values = [text_of(v) for v in arguments[0].named_children]
            return " | ".join(values) if values and all(v[:1] in "\"'" for v in values) else None
        if method == "literal" and arguments:
            return text_of(arguments[0])
        if method == "array" and arguments:
            inner, _ = self._read(arguments[0])
            return f"({inner})[]" if inner else None
        if method == "object" and arguments and arguments[0].type == "object":
            return self._object(arguments[0])
        return None

    def _object(self, node: Node) -> str | None:
        fields = []
        for pair in node.named_children:
            if pair.type != "pair":
                return None
            key = text_of(pair.child_by_field_name("key")).strip("\"'")
            typed, optional = self._read(pair.child_by_field_name("value"))
            if typed is None:
                return None
            fields.append(f"{key}{'?' if optional else ''}: {typed};")
        return "{ " + " ".join(fields) + " }"


def _keys(node: Node) -> list[str]:
    return [text_of(pair.child_by_field_name("key")).strip("\"'") for pair in node.named_children if pair.type == "pair"]

"""Diesel model files as the modes see them: model structs, their impl blocks, enums."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..syntax import Node, ancestors, parse, text_of, walk

_TABLE_NAME = re.compile(r"table_name\s*=\s*(?:crate::schema::|schema::)?(\w+)")


@dataclass
class Field:
    name: str
    rust_type: str


@dataclass
class ModelStruct:
    name: str
    table: str | None
    derives: list[str]
    fields: list[Field]
    source: str
    start_byte: int
    end_byte: int


@dataclass
class Function:
    name: str
    source: str
    start_byte: int
    end_byte: int
    start_line: int
    end_line: int
    #: parameter name -> written type
    params: dict[str, str] = field(default_factory=dict)
    body_is_todo: bool = False
    #: the written return type (`QueryResult<Vec<Owner>>`), empty when the function returns ()
    returns: str = ""


@dataclass
class ImplBlock:
    type_name: str
    start_byte: int
    end_byte: int
    #: byte offset of the closing brace of the impl body
    close_byte: int
    close_line: int
    start_line: int
    functions: list[Function]
    trait: str | None = None


@dataclass
class EnumDef:
    name: str
    variants: list[str]
    source: str
    has_as_str: bool = False


@dataclass
class RustFile:
    text: str
    structs: list[ModelStruct]
    impls: list[ImplBlock]
    enums: list[EnumDef]
    uses: list[str]
    tree: object = None

    def struct(self, name: str) -> ModelStruct | None:
        return next((s for s in self.structs if s.name == name), None)

    def model_structs(self) -> list[ModelStruct]:
        return [s for s in self.structs if s.table]


def _attributes_before(node: Node) -> list[str]:
    attributes = []
    sibling = node.prev_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        if sibling.type == "attribute_item":
            attributes.append(text_of(sibling))
        sibling = sibling.prev_sibling
    return attributes


def _struct(node: Node, text: bytes) -> ModelStruct:
    attributes = _attributes_before(node)
    table = None
    derives: list[str] = []
    for attribute in attributes:
        match = _TABLE_NAME.search(attribute)
        if match and "diesel" in attribute:
            table = match.group(1)
        if "derive" in attribute:
            inner = attribute[attribute.find("(") + 1 : attribute.rfind(")")]
            derives.extend(d.strip().split("::")[-1] for d in inner.split(",") if d.strip())
    fields = []
    body = node.child_by_field_name("body")
    if body is not None:
        for child in body.children:
            if child.type == "field_declaration":
                fields.append(
                    Field(text_of(child.child_by_field_name("name")), text_of(child.child_by_field_name("type")))
                )
    start = node.start_byte
    first_attribute = node.prev_sibling
    while first_attribute is not None and first_attribute.type in ("attribute_item", "line_comment"):
        start = first_attribute.start_byte
        first_attribute = first_attribute.prev_sibling
    return ModelStruct(
        name=text_of(node.child_by_field_name("name")),
        table=table,
        derives=derives,
        fields=fields,
        source=text[start : node.end_byte].decode("utf-8"),
        start_byte=start,
        end_byte=node.end_byte,
    )


def function_from_node(node: Node, source_bytes: bytes) -> Function:
    start, start_line = node.start_byte, node.start_point[0]
    sibling = node.prev_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment") and (
        sibling.type == "attribute_item" or text_of(sibling).startswith("///")
    ):
        start, start_line = sibling.start_byte, sibling.start_point[0]
        sibling = sibling.prev_sibling
    params = {}
    parameters = node.child_by_field_name("parameters")
    if parameters is not None:
        for parameter in parameters.children:
            if parameter.type == "parameter":
                params[text_of(parameter.child_by_field_name("pattern"))] = text_of(
                    parameter.child_by_field_name("type")
                )
    body = node.child_by_field_name("body")
    body_text = re.sub(r"\s+", "", text_of(body))
    return Function(
        name=text_of(node.child_by_field_name("name")),
        source=source_bytes[start : node.end_byte].decode("utf-8"),
        start_byte=start,
        end_byte=node.end_byte,
        start_line=start_line,
        end_line=node.end_point[0],
        params=params,
        returns=text_of(node.child_by_field_name("return_type")),
        body_is_todo=body_text in ("{todo!()}", "{unimplemented!()}", "{}", "{todo!();}"),
    )


def _impl(node: Node, text: bytes) -> ImplBlock:
    body = node.child_by_field_name("body")
    functions = [function_from_node(c, text) for c in (body.children if body else []) if c.type == "function_item"]
    close_byte = body.end_byte - 1 if body is not None else node.end_byte - 1
    trait = node.child_by_field_name("trait")
    return ImplBlock(
        type_name=re.sub(r"<.*", "", text_of(node.child_by_field_name("type"))),
        start_byte=node.start_byte,
        end_byte=node.end_byte,
        close_byte=close_byte,
        close_line=body.end_point[0] if body is not None else node.end_point[0],
        start_line=node.start_point[0],
        functions=functions,
        trait=text_of(trait) if trait is not None else None,
    )


def _enum(node: Node) -> EnumDef:
    body = node.child_by_field_name("body")
    variants = [
        text_of(c.child_by_field_name("name")) for c in (body.children if body else []) if c.type == "enum_variant"
    ]
    return EnumDef(name=text_of(node.child_by_field_name("name")), variants=variants, source=text_of(node))


def read_rust_file(text: str) -> RustFile:
    tree = parse(text)
    source_bytes = text.encode("utf-8")
    structs, impls, enums, uses = [], [], [], []
    for node in walk(tree.root_node):
        if node.type == "struct_item":
            structs.append(_struct(node, source_bytes))
        elif node.type == "impl_item":
            impls.append(_impl(node, source_bytes))
        elif node.type == "enum_item":
            enums.append(_enum(node))
        elif node.type == "use_declaration" and node.parent is not None and node.parent.type == "source_file":
            uses.append(text_of(node))
    for enum in enums:
        enum.has_as_str = any(
            impl.type_name == enum.name and any(f.name == "as_str" for f in impl.functions) for impl in impls
        )
        # An enum's own `impl` with `as_str` is part of what a model needs to see.
        for impl in impls:
            if impl.type_name == enum.name and impl.trait is None:
                enum.source += "\n\n" + source_bytes[impl.start_byte : impl.end_byte].decode("utf-8")
    return RustFile(text=text, structs=structs, impls=impls, enums=enums, uses=uses, tree=tree)


def impl_at(rust_file: RustFile, offset: int) -> ImplBlock | None:
    """The innermost inherent impl block containing a byte offset."""
    containing = [i for i in rust_file.impls if i.start_byte <= offset <= i.end_byte and i.trait is None]
    return min(containing, key=lambda i: i.end_byte - i.start_byte) if containing else None


def enclosing(node: Node, kind: str) -> Node | None:
    return next((n for n in ancestors(node) if n.type == kind), None)

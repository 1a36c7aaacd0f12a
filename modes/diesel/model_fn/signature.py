"""Signatures that follow from a function's name and the schema, so the model writes only the body.

`find_by_email` on a model `Customer` over a table with a Text column `email` can only sensibly be
`fn find_by_email(conn, email: &str) -> QueryResult<Option<Customer>>`; deciding that in code
leaves the tiny model one narrow job: the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import EnumDef, ModelStruct
from ..tables import Column, Table, normalize_rust_type, split_top_level

if TYPE_CHECKING:
    from .intent import Intent
    from .style import Style


@dataclass(frozen=True)
class Signature:
    text: str
    #: (name, written type) of every parameter but the connection
    params: tuple[tuple[str, str], ...]
    #: the query's shape: option, one, vec, count, exists, delete, update, create
    kind: str


def value_type(written: str) -> str:
    """The type of the value a parameter carries: `&'a str` -> String, `&chrono::NaiveDate` -> NaiveDate."""
    compact = normalize_rust_type(re.sub(r"&('\w+)?|\bmut\s", "", written))
    return "String" if compact == "str" else compact


def enum_for_column(column: Column, struct: ModelStruct, enums: list[EnumDef]) -> EnumDef | None:
    """The enum a text column stores, by the naming convention `{Model}{Column}` or `{Column}`, else
    the one enum whose name ends with the column's (`tier` holds a `MembershipTier`)."""
    if column.sql_type != "Text":
        return None
    pascal = "".join(part.capitalize() for part in column.name.split("_"))
    by_name = {e.name: e for e in enums if e.has_as_str}
    exact = by_name.get(struct.name + pascal) or by_name.get(pascal)
    if exact is not None:
        return exact
    ending = [e for name, e in by_name.items() if name.endswith(pascal)]
    return ending[0] if len(ending) == 1 else None


def param_type(column: Column, struct: ModelStruct, enums: list[EnumDef]) -> str:
    """The Rust type of a parameter carrying a value for `column`: its enum, `&str` for text."""
    enum = enum_for_column(column, struct, enums)
    if enum is not None:
        return enum.name
    if column.sql_type in ("Text", "VarChar"):
        return "&str"
    return normalize_rust_type(Column(column.name, column.sql_type, False).rust_type)


def derive_signature(
    name: str,
    intent: Intent,
    struct: ModelStruct,
    table: Table,
    companions: list[ModelStruct],
    style: Style,
) -> Signature | None:
    """`fn name(conn: ..., ...) -> QueryResult<...>`, in the impl's own style, when the request's
    words settle it, else None."""
    model = struct.name
    key = table.column(table.primary_key[0]) if table.primary_key else None
    key_param = (key.name, key.rust_type) if key is not None else None

    def signature(params: list[tuple[str, str]], result: str, kind: str) -> Signature:
        written = ", ".join([style.connection_param, *(f"{n}: {t}" for n, t in params)])
        return Signature(f"fn {name}({written}) -> {style.returns(result)}", tuple(params), kind)

    params = list(intent.params)
    if name in ("find", "get", "find_by_id") and key_param:
        return signature([key_param], model, "one")
    if intent.kind == "create":
        insertable = next((s for s in companions if "Insertable" in s.derives), None)
        if insertable is None:
            return None
        lifetime = "<'_>" if re.search(r"&'\w+", insertable.source) else ""
        return signature([(f"new_{_snake(model)}", f"&{insertable.name}{lifetime}")], model, "create")
    if intent.kind == "delete" and key_param:
        return signature(params or [key_param], "usize", "delete")
    if intent.kind == "update" and key_param and intent.assignments and all(c != key.name for c, _ in intent.assignments):
        return signature([key_param, *params], "usize", "update")
    results = {"option": f"Option<{model}>", "vec": f"Vec<{model}>", "count": "i64", "exists": "bool",
               "sum": sum_type(table, intent.total)}
    if intent.kind in results and (intent.settled or intent.kind in ("vec", "count")):
        return signature(params, results[intent.kind], intent.kind)
    return None


def sum_type(table, column_name: str | None) -> str:
    """What SQLite's SUM gives in Diesel: `Option<i64>` over Integer and SmallInt, `Option<f64>`
    over decimals (`None` when no row matches). The reader never sums a BigInt (Diesel gives
    Numeric)."""
    column = table.column(column_name) if column_name else None
    return "Option<f64>" if column is not None and column.sql_type in ("Double", "Float") else "Option<i64>"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_WRITTEN = re.compile(
    r"fn\s+(\w+)\s*\((.*)\)\s*->\s*(?:(?:diesel::)?QueryResult<(.+)>|(?:std::result::)?Result<(.+),\s*[\w:]+>)\s*\{\s*$", re.S
)


def signature_from_stub(prefill: str, model: str, key: str | None) -> Signature | None:
    """The Signature a user wrote in a `todo!()` stub, when its return type tells the query shape."""
    match = _WRITTEN.search(prefill)
    if not match:
        return None
    name, written, result = match.group(1), match.group(2), re.sub(r"\s+", "", match.group(3) or match.group(4))
    params = []
    for part in split_top_level(written):
        pattern, _, kind = part.partition(":")
        if not re.search(r"Conn|Pool", kind):
            params.append((pattern.strip(), kind.strip()))
    names = [n for n, _ in params]
    kinds = {f"Option<{model}>": "option", f"Vec<{model}>": "vec", "i64": "count", "bool": "exists"}
    kind = kinds.get(result.replace("Self", model))
    if result == "usize":
        kind = "delete" if name.startswith("delete") and names == [key] else "update"
    elif result in (model, "Self"):
        kind = "one" if names == [key] else ("create" if len(params) == 1 and params[0][1].startswith("&") else None)
    if kind is None:
        return None
    return Signature(prefill[match.start() :].strip().removesuffix("{").strip(), tuple(params), kind)


"""A Diesel model as a handler can use it: its struct, its associated functions, and the
Insertable / AsChangeset structs of its table, read from the whole crate."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..diesel.models import Function, ModelStruct, function_from_node
from ..diesel.naming import plural
from .crate import ActixCrate, module_of

_SELF_PARAMETER = re.compile(r"fn\s+\w+\s*(<[^>]*>)?\s*\(\s*&?\s*(mut\s+)?self\b")


@dataclass(frozen=True)
class ModelFunction:
    """An associated function a handler can call from inside web::block."""

    function: Function
    #: "conn" (takes `&mut SqliteConnection`), "pool" (takes `&DbPool`) or "self" (a repository's
    #: method, holding the pool itself)
    connection: str
    #: the module of a free function (`db::repository`), called by its name; None for the
    #: model's own associated function, called as `Model::name`
    module: str | None = None

    @property
    def name(self) -> str:
        return self.function.name

    @property
    def arguments(self) -> list[tuple[str, str]]:
        """(name, written type) of each parameter after the connection or pool (a repository's
        method reaches the pool through `self`, so all of them)."""
        return list(self.function.params.items())[0 if self.connection == "self" else 1 :]

    @property
    def returns(self) -> str:
        return self.function.returns

    def signature(self) -> str:
        params = ", ".join(f"{name}: {kind}" for name, kind in self.function.params.items())
        arrow = f" -> {self.returns}" if self.returns else ""
        return f"{self.name}({params}){arrow}"


def connection_of(type_text: str, pool_names: set[str]) -> str | None:
    """How a first parameter type gets to the database: a connection, a pool, or neither."""
    written = type_text.replace(" ", "")
    if written.startswith("&mut") and re.search(r"(Connection|Conn)\b", written):
        return "conn"
    if written.startswith("&") and (re.search(r"\bPool\b", written) or written.lstrip("&") in pool_names):
        return "pool"
    return None


def model_functions(crate: ActixCrate, model: str, pool_names: set[str]) -> list[ModelFunction]:
    """The model's associated functions that reach the database (no `self`), across the crate."""
    found = []
    for parsed in crate.files.values():
        for impl in parsed.impls:
            if impl.type_name != model or impl.trait is not None:
                continue
            for function in impl.functions:
                if _SELF_PARAMETER.search(function.source) or not function.params:
                    continue
                connection = connection_of(next(iter(function.params.values())), pool_names)
                if connection is not None:
                    found.append(ModelFunction(function, connection))
    return found


def free_functions(crate: ActixCrate, model: str, pool_names: set[str]) -> list[ModelFunction]:
    """The crate's free functions that reach the database and answer the model
    (`fn members_in_voice_part(conn: &mut SqliteConnection, ...) -> QueryResult<Vec<Member>>`)."""
    found = []
    for path, parsed in crate.files.items():
        source = parsed.text.encode("utf-8")
        for node in parsed.tree.root_node.named_children:
            if node.type != "function_item":
                continue
            function = function_from_node(node, source)
            if not function.params or not re.search(rf"\b{model}\b", function.returns or ""):
                continue
            connection = connection_of(next(iter(function.params.values())), pool_names)
            if connection is not None:
                found.append(ModelFunction(function, connection, module_of(crate.root, path)))
    return found


def read_models(crate: ActixCrate) -> list[ModelStruct]:
    """The crate's read models: structs with a Diesel table that are queried, not inserted. A
    `Queryable` struct without `table_name` (it loads by position, so Diesel needs none) belongs
    to the table Diesel's own default names: the struct in snake case with an `s` (`MenuItem`,
    `menu_items`), else its dictionary plural (`Person`, `people`), when the schema has it."""
    tables = crate.table_names()
    found = []
    for parsed in crate.files.values():
        for struct in parsed.structs:
            if "Queryable" not in struct.derives and "Selectable" not in struct.derives:
                continue
            if struct.table is None:
                snake = re.sub(r"(?<!^)(?=[A-Z])", "_", struct.name).lower()
                struct = replace(struct, table=next((t for t in (snake + "s", plural(snake)) if t in tables), None))
            if struct.table is not None:
                found.append(struct)
    return found


def table_structs(crate: ActixCrate, table: str, derive: str) -> list[ModelStruct]:
    """The structs of `table` deriving `derive` (Insertable, AsChangeset), read models excluded."""
    return [
        struct
        for parsed in crate.files.values()
        for struct in parsed.model_structs()
        if struct.table == table and derive in struct.derives and "Queryable" not in struct.derives
    ]

"""The Project Manager and the Engineering Manager, both deterministic.

The CRUD work an entity needs is known, so the task list is derived, not generated: the schema,
the model structs, the model functions and the HTTP handlers of each record; the handlers
registered in the app; the frontend's API types; then each record's list and create screens with
their routes. The Engineering Manager sends to `ready` only the tasks a mode can run as they stand.
"""

from __future__ import annotations

from nocodo.modes import ALL_MODES
from nocodo.modes.diesel.naming import pascal, plural, singular

from .protocol import Entity, Relation, Summary

_SQL_TYPES = {
    "text": "text", "integer": "whole number", "decimal": "decimal number", "money": "amount in cents",
    "boolean": "yes/no flag", "date": "date", "datetime": "date and time",
}


def _item(field) -> str:
    article = "an optional" if field.optional else ("an" if field.name[0] in "aeiou" else "a")
    if field.type == "money":  # read as `<name>_cents -> Integer`: whole cents, no rounding
        return f"{article} {field.name.replace('_', ' ')} in cents"
    if field.type == "datetime":  # "a starts time" is read as `starts_at -> Timestamp`
        return f"{article} {field.name.removesuffix('_at').replace('_', ' ')} time"
    return f"{article} {field.name.replace('_', ' ')} ({_SQL_TYPES[field.type]})"


def describe(entity: Entity, parents: list[str] = ()) -> str:
    """The schema task's description. A parent is named by its record ("the repair_job"), which the
    schema mode reads as a `repair_job_id` foreign key once the parent's table exists."""
    parts = [f"the {parent}" for parent in parents]
    parts += [_item(f) for f in entity.fields if f.name not in {f"{p}_id" for p in parents} and f.name not in parents]
    return f"{plural(entity.name).replace('_', ' ')} with " + ", ".join(parts)


def parents_of(entity: str, relations: list[Relation]) -> list[str]:
    return [r.parent for r in relations if r.child == entity and r.kind == "belongs_to"]


def parents_first(entities: list[Entity], relations: list[Relation]) -> list[Entity]:
    """Each record after the records it belongs to, so its table can name theirs."""
    by_name = {e.name: e for e in entities}
    ordered: list[Entity] = []

    def visit(entity: Entity, seen: frozenset) -> None:
        if entity in ordered or entity.name in seen:
            return
        for parent in parents_of(entity.name, relations):
            if parent in by_name:
                visit(by_name[parent], seen | {entity.name})
        ordered.append(entity)

    for entity in entities:
        visit(entity, frozenset())
    return ordered


def join_table(relation: Relation | dict) -> str:
    """The table of a many-to-many: one row per pair, e.g. repair_job_parts."""
    relation = Relation.model_validate(relation)
    return f"{relation.parent}_{plural(relation.child)}"


def on_delete_choices(relations: list[dict]) -> dict[tuple[str, str], str]:
    """(child table, parent table) -> ON DELETE, for the derived migrations: as the person chose
    for each belongs-to; a join table's rows go with either end."""
    chosen = {}
    for relation in map(Relation.model_validate, relations):
        if relation.kind == "belongs_to":
            chosen[(plural(relation.child), plural(relation.parent))] = relation.on_delete.upper()
        else:
            for end in (relation.child, relation.parent):
                chosen[(join_table(relation), plural(end))] = "CASCADE"
    return chosen


def join_table_tasks(relation: Relation) -> list[dict]:
    """A many-to-many as its own table (one row per pair, e.g. repair_job_parts), its structs, and
    the functions that link, unlink and list the pairs from either end."""
    table = join_table(relation)
    description = f"{table.replace('_', ' ')} with the {relation.parent}, the {relation.child}"
    model_file = f"src/models/{singular(table)}.rs"
    name = pascal(singular(table))
    tasks = [
        {"title": f"Create the {table} table (which {plural(relation.child).replace('_', ' ')} go with which "
                  f"{plural(relation.parent).replace('_', ' ')})",
         "role": "db_engineer", "mode": "diesel.schema", "args": {"table": table, "description": description},
         "file": "src/schema.rs"},
        {"title": f"{name} read model", "role": "backend_engineer", "mode": "diesel.model_struct",
         "args": {"table": table, "kind": "read"}, "file": model_file},
        {"title": f"New{name} insert model", "role": "backend_engineer", "mode": "diesel.model_struct",
         "args": {"table": table, "kind": "insert"}, "file": model_file},
    ]
    for function in ("create", "delete", f"list_for_{relation.parent}", f"list_for_{relation.child}"):
        tasks.append({"title": f"{name}::{function}", "role": "backend_engineer", "mode": "diesel.model_fn",
                      "args": {"name": function}, "file": model_file})
    return tasks


def entity_tasks(entity: Entity, parents: list[str] = ()) -> list[dict]:
    table = plural(entity.name)
    model_file = f"src/models/{entity.name}.rs"
    tasks = [
        {"title": f"Create the {table} table", "role": "db_engineer", "mode": "diesel.schema",
         "args": {"table": table, "description": describe(entity, parents)}, "file": "src/schema.rs"},
        {"title": f"{pascal(entity.name)} read model", "role": "backend_engineer", "mode": "diesel.model_struct",
         "args": {"table": table, "kind": "read"}, "file": model_file},
        {"title": f"New{pascal(entity.name)} insert model", "role": "backend_engineer", "mode": "diesel.model_struct",
         "args": {"table": table, "kind": "insert"}, "file": model_file},
    ]
    for name in ("find", "list_all", "create", "delete"):
        tasks.append(
            {"title": f"{pascal(entity.name)}::{name}", "role": "backend_engineer", "mode": "diesel.model_fn",
             "args": {"name": name}, "file": model_file}
        )
    handlers_file = f"src/handlers/{table}.rs"
    for action in HANDLER_ACTIONS:
        tasks.append(
            {"title": f"{action.capitalize()} {table} over HTTP", "role": "backend_engineer", "mode": "actix.handler",
             "args": {"model": pascal(entity.name), "action": action}, "file": handlers_file}
        )
    return tasks


def screen_tasks(entity: Entity) -> list[dict]:
    """A record's screens: its list and its create form, each with its route."""
    model, table = pascal(entity.name), plural(entity.name)
    components = "frontend/src/components"
    return [
        {"title": f"{model} list screen", "role": "frontend_engineer", "mode": "solid.view",
         "args": {"type": model, "kind": "list"}, "file": f"{components}/{model}List.tsx"},
        {"title": f"New {entity.name.replace('_', ' ')} form", "role": "frontend_engineer", "mode": "solid.form",
         "args": {"type": model, "variant": "create"}, "file": f"{components}/New{model}Form.tsx"},
        {"title": f"Route /{table}", "role": "frontend_engineer", "mode": "solid.route",
         "args": {"path": f"/{table}", "component": f"{model}List"}, "file": ROUTES_FILE},
        {"title": f"Route /{table}/new", "role": "frontend_engineer", "mode": "solid.route",
         "args": {"path": f"/{table}/new", "component": f"New{model}Form"}, "file": ROUTES_FILE},
    ]


ROUTES_FILE = "frontend/src/routes.tsx"
TYPES_TASK = {"title": "Frontend API types from the Rust structs", "role": "frontend_engineer", "mode": "types.typescript",
              "args": {}, "file": "frontend/src/types.ts"}


#: the handlers each record gets: the functions its model tasks write (find, list_all, create, delete)
HANDLER_ACTIONS = ("list", "get", "create", "delete")
ROUTER_TASK = {"title": "Register the HTTP handlers in the app", "role": "backend_engineer", "mode": "actix.router",
               "args": {}, "file": "src/main.rs"}


def plan(summary: Summary) -> tuple[str, list[dict]]:
    title = summary.app if len(summary.app) <= 60 else summary.app[:57] + "..."
    names = {e.name for e in summary.entities}
    relations = [r for r in summary.relations if r.child in names and r.parent in names]
    tasks = [task for entity in parents_first(summary.entities, relations)
             for task in entity_tasks(entity, parents_of(entity.name, relations))]
    tasks += [task for r in relations if r.kind == "many_to_many" for task in join_table_tasks(r)]
    tasks.append(dict(ROUTER_TASK))
    tasks.append(dict(TYPES_TASK))
    tasks += [task for entity in summary.entities for task in screen_tasks(entity)]
    return title, tasks


def review(task: dict) -> str | None:
    """The Engineering Manager's verdict: None when a mode can run the task, else why not."""
    modes = {m.id: m for m in ALL_MODES}
    if not task.get("mode"):
        return "no coding mode covers this layer yet; a specialist must shape it"
    mode = modes.get(task["mode"])
    if mode is None:
        return f"the mode {task['mode']} does not exist"
    missing = [a.name for a in mode.args if a.required and not task["args"].get(a.name)]
    if missing:
        return f"missing arguments: {', '.join(missing)}"
    if not task.get("file"):
        return "no target file"
    return None

"""The Project Manager and the Engineering Manager, both deterministic.

The CRUD work an entity needs is known, so the task list is derived, not generated: the schema,
the model structs, the model functions, then the handler and the screen, which no mode writes
yet. The Engineering Manager sends to `ready` only the tasks a mode can run as they stand.
"""

from __future__ import annotations

from nocodo.modes import ALL_MODES
from nocodo.modes.diesel.naming import pascal, plural

from .protocol import Entity, Summary

_SQL_TYPES = {
    "text": "text", "integer": "whole number", "decimal": "decimal number", "money": "amount in cents",
    "boolean": "yes/no flag", "date": "date", "datetime": "date and time",
}


def describe(entity: Entity) -> str:
    parts = [f"{'an optional' if f.optional else 'a'} {f.name.replace('_', ' ')} ({_SQL_TYPES[f.type]})" for f in entity.fields]
    return f"{plural(entity.name).replace('_', ' ')} with " + ", ".join(parts)


def entity_tasks(entity: Entity) -> list[dict]:
    table = plural(entity.name)
    model_file = f"src/models/{entity.name}.rs"
    tasks = [
        {"title": f"Create the {table} table", "role": "db_engineer", "mode": "diesel.schema",
         "args": {"table": table, "description": describe(entity)}, "file": "src/schema.rs"},
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
    tasks += [
        {"title": f"Actix handlers for {table}", "role": "backend_engineer"},
        {"title": f"SolidJS list and form for {table}", "role": "frontend_engineer"},
    ]
    return tasks


def plan(summary: Summary) -> tuple[str, list[dict]]:
    title = summary.app if len(summary.app) <= 60 else summary.app[:57] + "..."
    return title, [task for entity in summary.entities for task in entity_tasks(entity)]


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

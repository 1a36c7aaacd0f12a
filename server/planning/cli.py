"""`nocodo plan ...`: the planning flow headless, for scripts and tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from nocodo.modes import Request, get_mode
from nocodo.modes.base import Edit
from nocodo.modes.edits import apply_edits
from nocodo.modes.workspace import Workspace

from ..backends import create_backend
from ..config import resolve_settings
from ..pipeline import run_mode
from ..runs import save_run
from .service import PlanningError, PlanningService
from .states import IllegalTransition
from .store import NotFound, PlanStore, database_path


def _service(args) -> PlanningService:
    root = Path(args.workspace).resolve()
    settings = resolve_settings()
    return PlanningService(PlanStore(database_path(root)), root, lambda: create_backend(settings.for_planning()))


def _print(value, as_json: bool) -> None:
    data = value.model_dump(mode="json") if hasattr(value, "model_dump") else value
    if as_json:
        print(json.dumps(data, indent=1))
        return
    if isinstance(data, dict) and data.get("message"):
        print(data["message"])
    question = data.get("question") if isinstance(data, dict) else None
    if question:
        print(f"\n{question['question']}")
        for option in question.get("options", []):
            print(f"  - {option}")
    epic = data.get("epic") if isinstance(data, dict) else None
    for task in (epic or {}).get("tasks", []) + ([] if epic else (data.get("tasks", []) if isinstance(data, dict) else [])):
        print(f"  #{task['id']:<4} {task['state']:<24} {task['title']}")
    if isinstance(data, dict) and data.get("sessionId"):
        print(f"\n(session {data['sessionId']})")


def _run_task(service: PlanningService, task_id: int) -> dict:
    task, file, line = service.begin_run(task_id)
    settings = resolve_settings()
    backend = create_backend(settings)
    try:
        text = file.read_text(encoding="utf-8")
        request = Request(file, text, line, 0, Workspace(service.root), dict(task["args"]))
        record = run_mode(get_mode(task["mode"]), request, backend, settings)
    finally:
        backend.close()
    save_run(record, service.root)
    if record.status == "ok":
        file.write_text(apply_edits(text, [Edit(**e.model_dump()) for e in record.edits]), encoding="utf-8")
    updated = service.finish_run(task_id, "applied" if record.status == "ok" else record.status, record.message, record.id)
    return {"task": updated.model_dump(), "status": record.status, "message": record.message}


def command_plan(args) -> int:
    service = _service(args)
    try:
        if args.plan_command == "start":
            result = service.start(" ".join(args.description))
        elif args.plan_command == "answer":
            answer = args.answer[0] if len(args.answer) == 1 and not args.many else args.answer
            result = service.answer(args.session, answer)
        elif args.plan_command == "confirm":
            result = service.confirm(args.session)
        elif args.plan_command == "tasks":
            result = service.epic(args.epic)
        elif args.plan_command == "move":
            result = service.transition(args.task, args.state)
        elif args.plan_command == "comment":
            result = {"comments": service.comment(args.task, args.author, " ".join(args.text))}
        else:
            result = _run_task(service, args.task)
    except (PlanningError, IllegalTransition, NotFound) as error:
        print(f"nocodo plan: {error}", file=sys.stderr)
        return 1
    finally:
        service.store.close()
    _print(result, args.json)
    return 0 if not (isinstance(result, dict) and result.get("status") not in (None, "ok")) else 1


def add_plan_commands(commands) -> None:
    plan = commands.add_parser("plan", help="plan an app: Product Owner questions, an epic of tasks, running them")
    plan.add_argument("--workspace", default=".", help="workspace root (the plan lives in .nocodo/nocodo.db)")
    plan.add_argument("--json", action="store_true")
    steps = plan.add_subparsers(dest="plan_command", required=True)
    start = steps.add_parser("start", help="describe the app")
    start.add_argument("description", nargs="+")
    answer = steps.add_parser("answer", help="answer the current question")
    answer.add_argument("session", type=int)
    answer.add_argument("answer", nargs="*", default=[])
    answer.add_argument("--many", action="store_true", help="the answer is a list even with one item")
    confirm = steps.add_parser("confirm", help="confirm the summary and plan the epic")
    confirm.add_argument("session", type=int)
    tasks = steps.add_parser("tasks", help="show an epic's tasks")
    tasks.add_argument("epic", type=int)
    move = steps.add_parser("move", help="move a task to another state")
    move.add_argument("task", type=int)
    move.add_argument("state")
    comment = steps.add_parser("comment", help="comment on a task")
    comment.add_argument("task", type=int)
    comment.add_argument("text", nargs="+")
    comment.add_argument("--author", default="user")
    run = steps.add_parser("run", help="run a ready coding task with its mode and write the result")
    run.add_argument("task", type=int)
    plan.set_defaults(handler=command_plan)

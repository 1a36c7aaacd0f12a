"""`nocodo plan ...`: the planning flow headless, for scripts and tests."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from nocodo.modes import Request, get_mode
from nocodo.modes.base import Edit
from nocodo.modes.edits import apply_edits
from nocodo.modes.workspace import Workspace

from ..arguments import BadArguments, check_mode_args, parse
from ..backends import create_backend
from ..config import SettingsError, resolve_settings
from ..pipeline import run_mode
from ..runs import save_run
from .protocol import AnswerParams, CommentParams, EpicParams, SessionParams, StartParams, TaskParams, TransitionParams
from .service import PlanningError, PlanningService
from .states import IllegalTransition
from .store import NotFound, PlanStore, StoreError, database_path


def _service(args) -> PlanningService:
    root = Path(args.workspace).resolve()
    settings = resolve_settings()
    service = PlanningService(PlanStore(database_path(root)), root, lambda: create_backend(settings.for_planning()))
    if not service.store.read_only:
        for task_id in service.release_abandoned():
            print(f"nocodo plan: task {task_id} was left in_progress by a process that stopped; moved back to ready", file=sys.stderr)
    return service


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
    try:
        settings = resolve_settings()
        backend = create_backend(settings)
        try:
            text = file.read_text(encoding="utf-8")
            mode = get_mode(task["mode"])
            request = Request(file, text, line, 0, Workspace(service.root), check_mode_args(mode, dict(task["args"])))
            record = run_mode(mode, request, backend, settings)
        finally:
            backend.close()
    except BaseException as error:
        service.finish_run(task_id, "failed", f"the run did not finish: {error or type(error).__name__}")
        raise
    save_run(record, service.root)
    if record.status == "ok":
        file.write_text(apply_edits(text, [Edit(**e.model_dump()) for e in record.edits]), encoding="utf-8")
    updated = service.finish_run(task_id, "applied" if record.status == "ok" else record.status, record.message, record.id)
    return {"task": updated.model_dump(), "status": record.status, "message": record.message}


def _request(args):
    """The command line as the same request model the language server reads."""
    command = args.plan_command
    if command == "start":
        return parse(StartParams, {"description": " ".join(args.description)}, "plan start")
    if command == "answer":
        answer = args.answer[0] if len(args.answer) == 1 and not args.many else args.answer
        return parse(AnswerParams, {"sessionId": args.session, "answer": answer}, "plan answer")
    if command == "confirm":
        return parse(SessionParams, {"sessionId": args.session}, "plan confirm")
    if command == "tasks":
        return parse(EpicParams, {"epicId": args.epic}, "plan tasks")
    if command == "move":
        return parse(TransitionParams, {"taskId": args.task, "to": args.state}, "plan move")
    if command == "comment":
        return parse(CommentParams, {"taskId": args.task, "author": args.author, "text": " ".join(args.text)}, "plan comment")
    return parse(TaskParams, {"taskId": args.task}, "plan run")


def command_plan(args) -> int:
    try:
        request = _request(args)
        service = _service(args)
    except (BadArguments, StoreError, SettingsError) as error:
        print(f"nocodo plan: {error}", file=sys.stderr)
        return 2 if isinstance(error, BadArguments) else 1
    try:
        command = args.plan_command
        if command == "start":
            result = service.start(request.description)
        elif command == "answer":
            result = service.answer(request.sessionId, request.answer)
        elif command == "confirm":
            result = service.confirm(request.sessionId)
        elif command == "tasks":
            result = service.epic(request.epicId)
        elif command == "move":
            result = service.transition(request.taskId, request.to)
        elif command == "comment":
            result = {"comments": service.comment(request.taskId, request.author, request.text)}
        else:
            result = _run_task(service, request.taskId)
    except (PlanningError, IllegalTransition, NotFound, StoreError, BadArguments, SettingsError) as error:
        print(f"nocodo plan: {error}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:
        print(f"nocodo plan: {service.store.path} could not be used ({error}); it was left as it was", file=sys.stderr)
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

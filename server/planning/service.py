"""The planning flow over the store: what the LSP requests and `nocodo plan` both call."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from pydantic import ValidationError

from . import fields, product_owner as po
from nocodo.modes.diesel.naming import model_name
from nocodo.modes.guard import UnsafeName, identifier, inside, words_identifier

from .project_manager import on_delete_choices, plan, review
from .frontend import install_packages, scaffold_frontend, write_client
from .scaffolding import scaffold, wire
from .protocol import Entity, EntityField, Epic, PlanReply, Question, Relation, Summary, Task
from .states import TaskState
from .store import PlanStore, process_owner


#: what a file a task creates starts with, by the task's mode
NEW_FILE = {"diesel.schema": "// @generated automatically by Diesel CLI.\n", "actix.handler": "", "types.typescript": "",
            "solid.view": "", "solid.form": ""}


class PlanningError(ValueError):
    """A request the flow cannot take as it stands; the message says what to do."""


class PlanningService:
    def __init__(self, store: PlanStore, workspace_root: Path, backend: Callable[[], object] | None = None):
        self.store = store
        self.root = workspace_root
        self._backend = backend

    # Product Owner
    def start(self, description: str, cancel=None) -> PlanReply:
        backend = self._backend() if self._backend else None
        candidates = po.propose_entities(description, backend, cancel)
        session = self.store.create_session(description, "entities", {"candidates": candidates})
        message = "Thanks! Let's pin down what the app keeps track of."
        return self._ask(session, message, po.entities_question(candidates))

    def _ask(self, session: int, message: str, question: Question) -> PlanReply:
        self.store.add_message(session, "product_owner", message, question.model_dump())
        return PlanReply(sessionId=session, message=message, question=question)

    def answer(self, session_id: int, answer: str | list[str]) -> PlanReply:
        session = self.store.session(session_id)
        self.store.add_message(session_id, "user", answer if isinstance(answer, str) else ", ".join(answer))
        data, step = session["data"], session["step"]
        chosen = [answer] if isinstance(answer, str) and answer else list(answer or [])
        if step == "entities":
            chosen = self._names(chosen, "a record name")
        if step == "entities":
            if not chosen:
                return self._ask(session_id, "Pick at least one.", po.entities_question(data["candidates"]))
            data.update(pending=chosen, entities=[], relations=[])
            choices = po.relation_choices(session["description"], chosen)
            if choices:
                data["relation_choices"] = choices
                self.store.update_session(session_id, "relations", data)
                return self._ask(session_id, "How do these records hang together?", po.relations_question(choices))
            return self._next_record(session_id, session["description"], data)
        if step == "relations":
            try:
                data["relations"] = po.chosen_relations(data.get("relation_choices", {}), chosen)
            except ValueError as error:
                raise PlanningError(f"{error}; answer again") from None
            question = po.deletes_question(data["relations"])
            if question is not None:
                self.store.update_session(session_id, "deletes", data)
                return self._ask(session_id, "And when something is deleted?", question)
            return self._next_record(session_id, session["description"], data)
        if step == "deletes":
            try:
                data["relations"] = po.with_deletes(data["relations"], chosen)
            except ValueError as error:
                raise PlanningError(f"{error}; answer again") from None
            return self._next_record(session_id, session["description"], data)
        if step == "fields":
            return self._fields_chosen(session_id, session["description"], data, chosen)
        if step == "field_names":
            named = self._names(fields.named_fields(answer if isinstance(answer, str) else ", ".join(answer)), "a field name")
            data["unnamed"] += [name for name in named if name not in {f["name"] for f in data["record_fields"]} | set(data["unnamed"])]
            return self._ask_field_type(session_id, session["description"], data)
        if step == "field_type":
            if answer not in fields.VALUE_KINDS:
                raise PlanningError(f"{answer!r} is not one of the choices; answer again")
            name = data["unnamed"].pop(0)
            data["record_fields"].append(EntityField(name=name, type=fields.VALUE_KINDS[answer], optional=True).model_dump())
            return self._ask_field_type(session_id, session["description"], data)
        if step == "users":
            data["users"] = chosen
            self.store.update_session(session_id, "constraints", data)
            return self._ask(session_id, "Last question.", po.constraints_question())
        if step == "constraints":
            data["constraints"] = answer if isinstance(answer, str) else ", ".join(answer)
            summary = self._summary(session["description"], data)
            self.store.update_session(session_id, "summary", data)
            text = po.summary_text(summary)
            self.store.add_message(session_id, "product_owner", text)
            return PlanReply(sessionId=session_id, message=text, summary=summary)
        raise PlanningError(f"this session is at the {step} step: confirm the summary or start a new session")

    @staticmethod
    def _names(answers: list[str], what: str) -> list[str]:
        """Record and field names become files, tables and structs: refuse what cannot be one."""
        try:
            return [words_identifier(answer, what) for answer in answers]
        except UnsafeName as error:
            raise PlanningError(f"{error}; answer again") from None

    def _next_record(self, session_id: int, description: str, data: dict) -> PlanReply:
        """Ask what the next record holds, or move on to who uses the app once every record is done."""
        if not data["pending"]:
            self.store.update_session(session_id, "users", data)
            return self._ask(session_id, "Who is it for?", po.users_question())
        record = data["pending"][0]
        choices = fields.field_choices(record, description)
        data["field_choices"] = {label: field.model_dump() for label, field in choices.items()}
        self.store.update_session(session_id, "fields", data)
        return self._ask(session_id, f"Now the {record} records.", po.fields_question(record, choices))

    def _fields_chosen(self, session_id: int, description: str, data: dict, chosen: list[str]) -> PlanReply:
        offered = data.get("field_choices", {})
        data["record_fields"] = [offered[label] for label in chosen if label in offered]
        # a field typed in instead of ticked is named by the person: its kind of value is asked
        data["unnamed"] = self._names([label for label in chosen if label not in offered and label != fields.ANOTHER_FIELD], "a field name")
        if fields.ANOTHER_FIELD in chosen:
            self.store.update_session(session_id, "field_names", data)
            return self._ask(session_id, "Name the other fields.", po.field_names_question(data["pending"][0]))
        return self._ask_field_type(session_id, description, data)

    def _ask_field_type(self, session_id: int, description: str, data: dict) -> PlanReply:
        record = data["pending"][0]
        if data["unnamed"]:
            self.store.update_session(session_id, "field_type", data)
            return self._ask(session_id, "One more thing about that field.", po.field_type_question(record, data["unnamed"][0]))
        record_fields = [EntityField.model_validate(f) for f in data.pop("record_fields")] or [EntityField(name="name")]
        data["entities"].append(Entity(name=record.replace(" ", "_"), fields=record_fields).model_dump())
        data["pending"].pop(0)
        return self._next_record(session_id, description, data)

    @staticmethod
    def _summary(description: str, data: dict) -> Summary:
        try:
            entities = [Entity.model_validate(e) for e in data.get("entities", [])]
            names = {e.name for e in entities}
            relations = [r for r in (Relation.model_validate(r) for r in data.get("relations", []))
                         if r.child in names and r.parent in names]
        except ValidationError as error:
            raise PlanningError(f"this session holds a name that cannot be used: {error.errors()[0]['msg']}; start a new session") from None
        return Summary(
            app=description.strip(),
            users=data.get("users", []),
            entities=entities,
            relations=relations,
            constraints=data.get("constraints", ""),
        )

    # Project Manager and Engineering Manager
    def confirm(self, session_id: int) -> PlanReply:
        session = self.store.session(session_id)
        if session["step"] != "summary":
            raise PlanningError(f"there is no summary to confirm yet (the session is at the {session['step']} step)")
        summary = self._summary(session["description"], session["data"])
        title, tasks = plan(summary)
        epic_id = self.store.create_epic(session_id, title, summary.model_dump(), tasks)
        for task in self.store.tasks(epic_id):
            self.store.transition(task["id"], TaskState.NEEDS_TECHNICAL_SHAPING.value)
            problem = review(task)
            if problem is None:
                self.store.transition(task["id"], TaskState.READY.value)
            else:
                self.store.add_comment(task["id"], "engineering_manager", problem)
        self.store.update_session(session_id, "planned", {**session["data"], "epic": epic_id})
        message = f"The Project Manager planned {len(tasks)} tasks; the coding ones are ready to run."
        self.store.add_message(session_id, "project_manager", message)
        return PlanReply(sessionId=session_id, message=message, epic=self.epic(epic_id))

    def epic(self, epic_id: int) -> Epic:
        epic = self.store.epic(epic_id)
        return Epic(id=epic_id, title=epic["title"], tasks=[self._task(t) for t in self.store.tasks(epic_id)])

    @staticmethod
    def _task(row: dict) -> Task:
        return Task(id=row["id"], title=row["title"], role=row["role"], mode=row["mode"], args=row["args"],
                    file=row["file"], state=row["state"])

    def transition(self, task_id: int, target: str) -> Task:
        self.store.transition(task_id, target)
        return self._task(self.store.task(task_id))

    def comment(self, task_id: int, author: str, text: str) -> list[dict]:
        self.store.task(task_id)
        self.store.add_comment(task_id, author, text)
        return self.store.comments(task_id)

    # running a coding task
    def _find_crate(self) -> Path | None:
        if (self.root / "Cargo.toml").is_file():
            return self.root
        found = sorted(self.root.glob("*/Cargo.toml")) + sorted(self.root.glob("*/*/Cargo.toml"))
        return found[0].parent if found else None

    def crate_root(self) -> Path:
        found = self._find_crate()
        if found is None:
            raise PlanningError("no Rust crate (Cargo.toml) in this workspace to write the code into")
        try:
            return inside(self.root, found, "crate")
        except UnsafeName as error:
            raise PlanningError(str(error)) from None

    def task_file(self, task: dict) -> Path:
        """The task's file, refused unless it stays in the workspace and its names are identifiers."""
        try:
            for name in ("table", "name"):
                if task["args"].get(name):
                    identifier(task["args"][name], f"the {name} of task {task['id']}")
            file = inside(self.crate_root(), task["file"] or "", f"file of task {task['id']}")
            inside(self.root, file, f"file of task {task['id']}")
            if file.suffix not in (".rs", ".ts", ".tsx"):
                raise UnsafeName(f"the file of task {task['id']} ({task['file']!r}) is not a Rust or TypeScript file")
        except UnsafeName as error:
            raise PlanningError(str(error)) from None
        return file

    def release_abandoned(self) -> list[int]:
        """Tasks left in_progress by a server that no longer runs go back to ready, with a comment."""
        return [task_id for task_id, _ in self.store.release_abandoned()]

    def begin_run(self, task_id: int, open_files: set[Path] = frozenset()) -> tuple[dict, Path, int]:
        """Move the task to in_progress and return it with the file and line the mode runs at."""
        task = self.store.task(task_id)
        if not task["mode"]:
            raise PlanningError(f"task {task_id} has no coding mode to run it")
        if task["state"] == TaskState.IN_PROGRESS.value:
            owner = (task.get("claimed_by") or "::").split(":")
            raise PlanningError(
                f"task {task_id} is in_progress: a run is going (process {owner[1] or 'unknown'}); wait for it. "
                f"If no run is going (its server was killed), move it back with `nocodo plan move {task_id} ready` "
                f"or the request nocodo/plan/transition {{taskId: {task_id}, to: \"ready\"}}, then run it again"
            )
        if task["state"] != TaskState.READY.value:
            raise PlanningError(f"task {task_id} is {task['state']}; only ready tasks run")
        if self.store.read_only:
            raise PlanningError(f"the planning database {self.store.path} cannot be written ({self.store.read_only}); "
                                "make .nocodo/ writable to run tasks")
        try:
            if task["mode"].startswith("diesel.") and self._find_crate() is None:
                # An empty folder: the first Diesel task brings the crate it writes into.
                written = scaffold(self.root)
                self.store.add_comment(task_id, "nocodo", "scaffolded a crate: " + ", ".join(written))
            if (task["file"] or "").startswith("frontend/") and self._find_crate() is not None:
                self._scaffold_frontend(task_id)
        except (OSError, UnsafeName) as error:
            raise PlanningError(f"cannot scaffold a crate in {self.root}: {error}") from None
        file = self.task_file(task)
        try:
            line = self._prepare(task, file, file in open_files)
            self._wire(task)
        except (OSError, UnicodeDecodeError) as error:
            raise PlanningError(f"cannot prepare {file} for task {task_id}: {error}") from None
        self.store.transition(task_id, TaskState.IN_PROGRESS.value, claimed_by=process_owner())
        return task, file, line

    def _scaffold_frontend(self, task_id: int) -> None:
        """The first screen task brings the frontend it writes into, with its packages."""
        crate = self.crate_root()
        written = scaffold_frontend(crate)
        if written:
            installed = install_packages(crate / "frontend")
            self.store.add_comment(task_id, "nocodo", f"scaffolded the frontend ({len(written)} files); {installed}")

    def _prepare(self, task: dict, file: Path, is_open: bool) -> int:
        """Create what the mode needs around it (the file, an empty impl) and find its line."""
        if not file.exists():
            if is_open:
                raise PlanningError(f"save {file.name} first")
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(NEW_FILE.get(task["mode"], "use diesel::prelude::*;\n"), encoding="utf-8")
        text = file.read_text(encoding="utf-8")
        lines = text.split("\n")
        if task["mode"] in ("diesel.schema", "actix.router", "types.typescript", "solid.view", "solid.form", "solid.route"):
            return 0
        if task["mode"] in ("diesel.model_struct", "actix.handler"):
            return len(lines) - 1
        model = model_name(task["args"].get("table", "")) or model_name(Path(task["file"]).stem)
        impl = f"impl {model} {{"
        if impl not in text and not re.search(rf"\bstruct\s+{model}\b", text):
            # an `impl` of a struct that is not there would stop the crate building
            raise PlanningError(f"{file.name} has no `{model}` struct yet: run its read model task first")
        if impl not in text:
            if is_open:
                raise PlanningError(f"add `{impl}}}` to {file.name} first")
            file.write_text(text.rstrip("\n") + f"\n\n{impl}\n}}\n", encoding="utf-8")
            lines = file.read_text(encoding="utf-8").split("\n")
        return next(n for n, l in enumerate(lines) if impl in l)

    def _wire(self, task: dict) -> list[str]:
        """Mod lines and migrations for what the tasks added, so the crate keeps building."""
        crate = self._find_crate()
        if crate is None:
            return []
        summary = self.store.epic(task["epic_id"])["summary"]
        chosen = on_delete_choices(summary.get("relations", []))
        records = [e["name"] for e in summary.get("entities", [])]
        try:
            crate = inside(self.root, crate, "crate")
            return wire(crate, chosen) + write_client(crate, records)
        except (OSError, UnicodeDecodeError, UnsafeName):
            return []

    def finish_run(self, task_id: int, status: str, message: str, run_id: str | None = None) -> Task:
        self.store.add_run(task_id, run_id, status, message)
        if status in ("applied", "ok"):
            wired = self._wire(self.store.task(task_id))
            if wired:
                self.store.add_comment(task_id, "nocodo", "wired: " + "; ".join(wired))
            self.store.transition(task_id, TaskState.DONE.value)
        else:
            self.store.transition(task_id, TaskState.READY.value)
            self.store.add_comment(task_id, "nocodo", f"run {status}: {message}")
        return self._task(self.store.task(task_id))

"""Planning state in SQLite under the workspace's .nocodo/: safe for two editor windows at once.

WAL lets readers and one writer work together; every write is one `BEGIN IMMEDIATE`
transaction, so a crash loses at most the write in flight and never a committed one.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .states import TaskState, check_transition

MIGRATIONS = [
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        description TEXT NOT NULL,
        step TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        text TEXT NOT NULL,
        question TEXT,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    CREATE TABLE epics (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        epic_id INTEGER NOT NULL REFERENCES epics (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        role TEXT NOT NULL,
        mode TEXT,
        args TEXT NOT NULL DEFAULT '{}',
        file TEXT,
        state TEXT NOT NULL DEFAULT 'draft'
    );
    CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        run_id TEXT,
        status TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    """,
]


class NotFound(LookupError):
    pass


def database_path(workspace_root: Path) -> Path:
    return workspace_root / ".nocodo" / "nocodo.db"


class PlanStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 30000")
        self._migrate()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self.write() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    # sessions and messages
    def create_session(self, description: str, step: str, data: dict) -> int:
        with self.write() as db:
            return db.execute(
                "INSERT INTO sessions (description, step, data) VALUES (?, ?, ?)", (description, step, json.dumps(data))
            ).lastrowid

    def session(self, session_id: int) -> dict[str, Any]:
        row = self._db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise NotFound(f"no planning session {session_id}")
        return {**dict(row), "data": json.loads(row["data"])}

    def update_session(self, session_id: int, step: str, data: dict) -> None:
        with self.write() as db:
            db.execute("UPDATE sessions SET step = ?, data = ? WHERE id = ?", (step, json.dumps(data), session_id))

    def add_message(self, session_id: int, role: str, text: str, question: dict | None = None) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO messages (session_id, role, text, question) VALUES (?, ?, ?, ?)",
                (session_id, role, text, json.dumps(question) if question else None),
            )

    def messages(self, session_id: int) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT * FROM messages WHERE session_id = ? ORDER BY id", (session_id,))
        return [dict(r) for r in rows]

    # epics and tasks
    def create_epic(self, session_id: int | None, title: str, summary: dict, tasks: list[dict]) -> int:
        with self.write() as db:
            epic = db.execute(
                "INSERT INTO epics (session_id, title, summary) VALUES (?, ?, ?)", (session_id, title, json.dumps(summary))
            ).lastrowid
            for position, task in enumerate(tasks):
                db.execute(
                    "INSERT INTO tasks (epic_id, position, title, role, mode, args, file, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (epic, position, task["title"], task["role"], task.get("mode"), json.dumps(task.get("args", {})),
                     task.get("file"), TaskState.DRAFT.value),
                )
            return epic

    def epic(self, epic_id: int) -> dict[str, Any]:
        row = self._db.execute("SELECT * FROM epics WHERE id = ?", (epic_id,)).fetchone()
        if row is None:
            raise NotFound(f"no epic {epic_id}")
        return {**dict(row), "summary": json.loads(row["summary"])}

    def tasks(self, epic_id: int) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT * FROM tasks WHERE epic_id = ? ORDER BY position", (epic_id,))
        return [{**dict(r), "args": json.loads(r["args"])} for r in rows]

    def task(self, task_id: int) -> dict[str, Any]:
        row = self._db.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None:
            raise NotFound(f"no task {task_id}")
        return {**dict(row), "args": json.loads(row["args"])}

    def transition(self, task_id: int, target: str) -> str:
        """Move a task, checked against the state machine inside the same transaction."""
        with self.write() as db:
            row = db.execute("SELECT state FROM tasks WHERE id = ?", (task_id,)).fetchone()
            if row is None:
                raise NotFound(f"no task {task_id}")
            state = check_transition(row["state"], target)
            db.execute("UPDATE tasks SET state = ? WHERE id = ?", (state.value, task_id))
            return state.value

    def add_comment(self, task_id: int, author: str, text: str) -> int:
        with self.write() as db:
            return db.execute(
                "INSERT INTO comments (task_id, author, text) VALUES (?, ?, ?)", (task_id, author, text)
            ).lastrowid

    def comments(self, task_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM comments WHERE task_id = ? ORDER BY id", (task_id,))]

    def add_run(self, task_id: int, run_id: str | None, status: str, message: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO runs (task_id, run_id, status, message) VALUES (?, ?, ?, ?)", (task_id, run_id, status, message)
            )

    def runs(self, task_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM runs WHERE task_id = ? ORDER BY id", (task_id,))]

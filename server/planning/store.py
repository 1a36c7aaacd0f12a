"""Planning state in SQLite under the workspace's .nocodo/: safe for two editor windows at once.

WAL lets readers and one writer work together; every write is one `BEGIN IMMEDIATE`
transaction, so a crash loses at most the write in flight and never a committed one.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

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
    # Which process runs an in_progress task, so a restarted server can tell an abandoned run.
    """
    ALTER TABLE tasks ADD COLUMN claimed_by TEXT;
    """,
]


class NotFound(LookupError):
    pass


class StoreError(RuntimeError):
    """The database cannot be used as asked; the message names the file and what to do."""


def process_owner() -> str:
    """This process as `host:pid:start`, the start time telling a reused pid apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{_start_time(os.getpid())}"


def _start_time(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def owner_alive(owner: str | None) -> bool:
    """Whether the process that claimed a task may still be running it."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, started = rest.partition(":")
    if host != socket.gethostname():
        return True  # another machine sharing the folder: we cannot tell, so we assume it runs
    try:
        pid = int(pid_text)
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return not started or _start_time(pid) in ("", started)


def database_path(workspace_root: Path) -> Path:
    return workspace_root / ".nocodo" / "nocodo.db"


def _damaged(path: Path, error: Exception) -> StoreError:
    return StoreError(
        f"the planning database {path} is damaged or is not a SQLite database ({error}); it was left untouched: "
        "move it aside to start a new plan, or restore it from a backup"
    )


def _read_only_problem(error: Exception) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text


class PlanStore:
    def __init__(self, path: Path):
        self.path = path
        #: why writes are refused (a read-only folder or file), or None
        self.read_only: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open(f"file:{quote(str(path))}", path)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            if not (_read_only_problem(error) and path.is_file()):
                raise _damaged(path, error) from None
            self._open_read_only(path, error)
        except OSError as error:
            if not path.is_file():
                raise StoreError(f"cannot create the planning database {path}: {error}") from None
            self._open_read_only(path, error)

    @staticmethod
    def _open(uri: str, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 30000")
        return db

    def _open_read_only(self, path: Path, reason: Exception) -> None:
        """Reads still work when .nocodo/ cannot be written: open the file as it stands."""
        self.read_only = str(reason)
        last: Exception = reason
        for query in ("mode=ro", "immutable=1"):
            try:
                self._db = self._open(f"file:{quote(str(path))}?{query}", path)
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
            except sqlite3.DatabaseError as error:
                last = error
                continue
            if version < len(MIGRATIONS):
                raise StoreError(
                    f"the planning database {path} needs an upgrade but cannot be written ({reason}); "
                    "make .nocodo/ writable and try again"
                )
            return
        raise _damaged(path, last)

    def close(self) -> None:
        self._db.close()

    def _refuse_write(self, reason: object) -> StoreError:
        return StoreError(
            f"the planning database {self.path} cannot be written ({reason}); reads still work. "
            "Make .nocodo/ and the file writable to change the plan"
        )

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise self._refuse_write(self.read_only)
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _read_only_problem(error):
                raise self._refuse_write(error) from None
            raise
        try:
            yield self._db
        except sqlite3.OperationalError as error:
            self._db.execute("ROLLBACK")
            if _read_only_problem(error):
                raise self._refuse_write(error) from None
            raise
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self.write() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StoreError(f"the planning database {self.path} was written by a newer nocodo (schema {version}); it was left untouched")
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

    def transition(self, task_id: int, target: str, claimed_by: str | None = None) -> str:
        """Move a task, checked against the state machine inside the same transaction.

        A task moving to in_progress is claimed by `claimed_by` (a process); any other move
        releases the claim."""
        with self.write() as db:
            row = db.execute("SELECT state FROM tasks WHERE id = ?", (task_id,)).fetchone()
            if row is None:
                raise NotFound(f"no task {task_id}")
            state = check_transition(row["state"], target)
            claim = claimed_by if state == TaskState.IN_PROGRESS else None
            db.execute("UPDATE tasks SET state = ?, claimed_by = ? WHERE id = ?", (state.value, claim, task_id))
            return state.value

    def release_abandoned(self, alive=owner_alive) -> list[tuple[int, str | None]]:
        """Move back to ready the in_progress tasks whose process is gone, with a comment each."""
        released = []
        rows = self._db.execute("SELECT id, claimed_by FROM tasks WHERE state = ?", (TaskState.IN_PROGRESS.value,)).fetchall()
        for row in rows:
            if alive(row["claimed_by"]):
                continue
            with self.write() as db:
                current = db.execute("SELECT state, claimed_by FROM tasks WHERE id = ?", (row["id"],)).fetchone()
                if current["state"] != TaskState.IN_PROGRESS.value or current["claimed_by"] != row["claimed_by"]:
                    continue
                db.execute("UPDATE tasks SET state = ?, claimed_by = NULL WHERE id = ?", (TaskState.READY.value, row["id"]))
                who = f"the process {row['claimed_by'].split(':')[1]}" if row["claimed_by"] else "a server"
                db.execute(
                    "INSERT INTO comments (task_id, author, text) VALUES (?, 'nocodo', ?)",
                    (row["id"], f"the run by {who} stopped without finishing (the server exited or was killed); "
                                "moved back to ready; check its file before running it again"),
                )
            released.append((row["id"], row["claimed_by"]))
        return released

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

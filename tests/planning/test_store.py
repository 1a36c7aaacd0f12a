"""The planning store and state machine: transitions, migrations, two writers, a crash."""

import multiprocessing
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from nocodo.server.planning.states import IllegalTransition, TaskState, check_transition
from nocodo.server.planning.store import MIGRATIONS, PlanStore, database_path

TASKS = [{"title": "schema", "role": "db_engineer", "mode": "diesel.schema", "args": {"table": "t"}, "file": "src/schema.rs"}]


def test_legal_and_illegal_transitions():
    assert check_transition("draft", "needs_technical_shaping") == TaskState.NEEDS_TECHNICAL_SHAPING
    assert check_transition("in_progress", "ready") == TaskState.READY
    assert check_transition("done", "ready") == TaskState.READY
    with pytest.raises(IllegalTransition, match="from draft to done.*allowed: needs_technical_shaping"):
        check_transition("draft", "done")
    with pytest.raises(IllegalTransition, match="unknown task state"):
        check_transition("draft", "finished")


def test_store_migrates_an_empty_database_and_reopens(tmp_path):
    path = database_path(tmp_path)
    store = PlanStore(path)
    assert store.schema_version == len(MIGRATIONS)
    epic = store.create_epic(None, "Shop", {}, TASKS)
    task = store.tasks(epic)[0]["id"]
    store.transition(task, "needs_technical_shaping")
    store.close()
    reopened = PlanStore(path)
    assert reopened.schema_version == len(MIGRATIONS)
    assert reopened.task(task)["state"] == "needs_technical_shaping"
    with pytest.raises(IllegalTransition):
        reopened.transition(task, "done")
    assert reopened.task(task)["state"] == "needs_technical_shaping"
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def _comment_many(path: str, task: int, author: str, count: int) -> None:
    store = PlanStore(Path(path))
    for number in range(count):
        store.add_comment(task, author, f"comment {number}")
    store.close()


def test_two_writers_lose_nothing(tmp_path):
    path = database_path(tmp_path)
    store = PlanStore(path)
    task = store.tasks(store.create_epic(None, "Shop", {}, TASKS))[0]["id"]
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_comment_many, args=(str(path), task, name, 150)) for name in ("a", "b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    comments = store.comments(task)
    assert len(comments) == 300
    assert {c["author"] for c in comments} == {"a", "b"}


def _write_then_hang(path: str, task: int, ready) -> None:
    store = PlanStore(Path(path))
    store.add_comment(task, "child", "committed")
    with store.write() as db:
        db.execute("INSERT INTO comments (task_id, author, text) VALUES (?, 'child', 'never committed')", (task,))
        ready.set()
        time.sleep(60)


def test_a_crash_mid_write_loses_only_the_uncommitted_write(tmp_path):
    path = database_path(tmp_path)
    store = PlanStore(path)
    task = store.tasks(store.create_epic(None, "Shop", {}, TASKS))[0]["id"]
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    child = context.Process(target=_write_then_hang, args=(str(path), task, ready))
    child.start()
    assert ready.wait(60)
    os.kill(child.pid, signal.SIGKILL)
    child.join(30)
    store.close()
    reopened = PlanStore(path)
    texts = [c["text"] for c in reopened.comments(task)]
    assert texts == ["committed"]
    reopened.add_comment(task, "user", "still writable")
    assert reopened.comments(task)[-1]["text"] == "still writable"


def test_a_damaged_database_is_named_and_left_untouched(tmp_path):
    from nocodo.server.planning.store import StoreError

    path = database_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=f"{path}.*left untouched"):
        PlanStore(path)
    assert path.read_bytes() == before


def test_tasks_left_in_progress_by_a_dead_process_go_back_to_ready(tmp_path):
    from nocodo.server.planning.store import owner_alive, process_owner

    store = PlanStore(database_path(tmp_path))
    tasks = [store.tasks(store.create_epic(None, "Shop", {}, TASKS))[0]["id"] for _ in range(2)]
    for task, owner in zip(tasks, (process_owner(), "host:999999999:1")):
        for state in ("needs_technical_shaping", "ready", "in_progress"):
            store.transition(task, state, claimed_by=owner)
    import socket

    assert owner_alive(process_owner()) and not owner_alive(None)
    assert not owner_alive(f"{socket.gethostname()}:999999999:1")
    assert owner_alive("another-machine:999999999:1")  # cannot tell: assume it still runs
    store._db.execute("UPDATE tasks SET claimed_by = ? WHERE id = ?", (f"{socket.gethostname()}:999999999:1", tasks[1]))
    released = store.release_abandoned()
    assert [task for task, _ in released] == [tasks[1]]
    assert store.task(tasks[0])["state"] == "in_progress"
    assert store.task(tasks[1])["state"] == "ready" and store.task(tasks[1])["claimed_by"] is None
    assert "stopped without finishing" in store.comments(tasks[1])[-1]["text"]

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

"""Bad input and faults, against the real server over stdio (see cases.toml for the table).

Each case asserts an answer within a bound, a message a user understands, and afterwards that
the server still answers, nothing outside the workspace was touched and no edit was applied
that should not have been. A stand-in model server on loopback plays the model where its speed
does not matter. Figures (latencies under load, cancel to a free worker) are printed by
scripts/fault_figures.py, never asserted here beyond generous bounds that detect hangs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pytest

from nocodo.server.planning.store import PlanStore, database_path

from .rpc import Server
from .standin import StandIn, free_port

FIXTURE = Path(__file__).parents[1] / "fixtures" / "school"
CASES = tomllib.loads((Path(__file__).parent / "cases.toml").read_text())["case"]
SECRET = "sk-test-9f8e7d6c5b4a39281706"


def make_workspace(base: Path) -> Path:
    """base/ws (a copy of the school crate) next to base/outside (which nothing may touch)."""
    (base / "outside").mkdir(parents=True)
    (base / "outside" / "sentinel.txt").write_text("untouched\n")
    root = base / "ws"
    shutil.copytree(FIXTURE, root)
    student = (root / "src/models/student.rs").read_text()
    lines = student.split("\n")
    impl = next(n for n, line in enumerate(lines) if line.startswith("impl Student"))
    function = "    pub fn f{n}(conn: &mut SqliteConnection) -> QueryResult<usize> {{\n        students::table.count().execute(conn)\n    }}\n"
    body = "".join(function.format(n=n) for n in range(2_000_000 // len(function.format(n=0))))
    (root / "src/models/big_impl.rs").write_text("\n".join(lines[: impl + 1]) + "\n" + body + "\n".join(lines[impl + 1 :]))
    structs = "".join(f"pub struct S{n} {{\n    pub a: i32,\n}}\n\n" for n in range(2_000_000 // 40))
    (root / "src/models/big.rs").write_text("use diesel::prelude::*;\n\n" + structs)
    return root


def outside_snapshot(base: Path) -> dict[str, float]:
    """Every path under base except the workspace, with its modification time."""
    return {
        str(path.relative_to(base)): path.stat().st_mtime
        for path in base.rglob("*")
        if not path.is_relative_to(base / "ws") and not path.name.startswith("server-")
    }


def assert_outside_untouched(base: Path, before: dict[str, float]) -> None:
    after = outside_snapshot(base)
    assert after == before, f"files outside the workspace changed: {set(after) ^ set(before)}"
    assert not list(base.parent.glob("**/evil*")), "a file named evil was written"


def expand(value, uris: dict[str, str]):
    if isinstance(value, str):
        if value.startswith("int:"):
            return int(value[4:])
        return uris.get(value.strip("{}"), value) if value.startswith("{") and value.endswith("}") else value
    if isinstance(value, dict):
        return {k: expand(v, uris) for k, v in value.items()}
    if isinstance(value, list):
        return [expand(v, uris) for v in value]
    return value


def options(stand_in: StandIn, **extra) -> dict:
    return {"nocodo": {"backend": "llama_cpp_server", "baseUrl": stand_in.url, "maxRetries": 0, **extra}}


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    base = tmp_path_factory.mktemp("faults")
    root = make_workspace(base)
    stand_in = StandIn("garbage")
    server = Server(root, options(stand_in))
    student = (root / "src/models/student.rs").read_text()
    surrogate = student.replace("impl Student {", "// caf\ud800 \udfff\nimpl Student {", 1)
    server.uris = {
        "student": server.open("src/models/student.rs"),
        "big": server.open("src/models/big.rs"),
        "big_impl": server.open("src/models/big_impl.rs"),
        "surrogate": server.open("src/models/surrogate.rs", surrogate),
        "missing": (root / "src/models/missing.rs").as_uri(),
        "lone_surrogate": "caf\ud800 with \udfff",  # TOML cannot write half a UTF-16 pair
    }
    server.base = base
    server.before = outside_snapshot(base)
    server.stand_in = stand_in
    yield server
    server.stop()
    stand_in.stop()


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_input(shared: Server, case: dict):
    within = case.get("within", 10)
    if "command" in case:
        params = {"command": case["command"]}
        if "arguments" in case:
            params["arguments"] = expand(case["arguments"], shared.uris)
        answer = shared.request("workspace/executeCommand", params, timeout=within)
    else:
        answer = shared.request(case["method"], expand(case.get("params"), shared.uris), timeout=within)
    expect, contains = case["expect"], case.get("contains", "")
    if expect == "error":
        assert "error" in answer, f"expected an error, got {answer}"
        assert contains in answer["error"]["message"], answer["error"]["message"]
        assert "Traceback" not in answer["error"]["message"]
    elif expect == "result":
        assert "result" in answer, f"expected a result, got {answer}"
        assert contains in json.dumps(answer["result"]), answer["result"]
    else:
        status = expect.split(":", 1)[1]
        assert "result" in answer, f"expected a result, got {answer}"
        assert answer["result"]["status"] == status, answer["result"]
        assert contains in answer["result"]["message"], answer["result"]["message"]
    assert shared.alive(), "the server stopped answering"
    assert shared.applied_edits == []
    assert_outside_untouched(shared.base, shared.before)


def test_garbage_settings_are_reported_and_the_previous_kept(shared: Server):
    shared.notify("workspace/didChangeConfiguration", {"settings": {"nocodo": "garbage"}})
    assert "must be an object" in shared.wait_for_message("must be an object")
    shared.notify("workspace/didChangeConfiguration", {"settings": {"nocodo": {"baseUrl": "not a url"}}})
    assert "base_url" in shared.wait_for_message("not an http(s) URL")
    shared.notify("workspace/didChangeConfiguration", {"settings": "garbage"})
    shared.wait_for_message("expected an object of settings")
    # The previous backend still answers: the garbage stand-in, not the embedded model.
    answer = shared.command("nocodo.runMode", [{"mode": "diesel.model_fn", "uri": shared.uris["student"],
                                               "position": {"line": 16, "character": 0}, "args": {"name": "find_by_email"}}], timeout=30)
    assert answer["result"]["status"] == "failed" and "not JSON" in answer["result"]["message"], answer
    assert shared.applied_edits == []


# --- scenarios that need a server of their own ---

@pytest.fixture
def base(tmp_path):
    root = make_workspace(tmp_path)
    before = outside_snapshot(tmp_path)
    yield tmp_path
    assert_outside_untouched(tmp_path, before)


def run_args(root: Path, name: str = "find_by_email") -> list:
    return [{"mode": "diesel.model_fn", "uri": (root / "src/models/student.rs").as_uri(),
             "position": {"line": 16, "character": 0}, "args": {"name": name}}]


def test_the_api_key_is_never_stored_shown_or_logged(base):
    stand_in = StandIn("echo")
    server = Server(base / "ws", {"nocodo": {"backend": "openai", "baseUrl": stand_in.url, "maxRetries": 0}},
                    env={"OPENAI_API_KEY": SECRET})
    try:
        server.open("src/models/student.rs")
        answer = server.command("nocodo.runMode", run_args(base / "ws"), timeout=30)
        assert answer["result"]["status"] == "failed"
        assert "502" in answer["result"]["message"] and "[redacted]" in answer["result"]["message"]
        last = server.command("nocodo.showLastRun", [])
        stored = "".join(p.read_text() for p in (base / "ws/.nocodo/runs").glob("*.json"))
        assert stored, "the run was not recorded"
        for where in (json.dumps(answer), json.dumps(last), stored, "\n".join(server.messages())):
            assert SECRET not in where
    finally:
        server.stop()
        stand_in.stop()
    assert SECRET not in server.stderr()


def test_cancel_request_frees_a_worker_stuck_on_a_silent_server(base):
    stand_in = StandIn("hang")
    server = Server(base / "ws", options(stand_in))
    try:
        server.open("src/models/student.rs")
        msg_id = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(base / "ws")})
        stand_in.wait_for_request()
        server.notify("$/cancelRequest", {"id": msg_id})
        answer = server.wait(msg_id, timeout=10)
        assert "error" in answer or answer["result"]["status"] == "cancelled", answer
        # The connection is closed, and the worker takes the next run at once.
        stand_in.behaviour = "garbage"
        again = server.command("nocodo.runMode", run_args(base / "ws"), timeout=10)
        assert again["result"]["status"] == "failed" and "not JSON" in again["result"]["message"], again
        assert stand_in.closed_at, "the silent connection was never closed"
        assert server.applied_edits == []
    finally:
        server.stop()
        stand_in.stop()


def test_progress_cancel_stops_an_endless_stream(base):
    stand_in = StandIn("slow")
    server = Server(base / "ws", options(stand_in))
    try:
        server.open("src/models/student.rs")
        msg_id = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(base / "ws")})
        stand_in.wait_for_request()
        server.notify("window/workDoneProgress/cancel", {"token": server.progress_tokens[-1]})
        answer = server.wait(msg_id, timeout=10)
        assert answer["result"]["status"] == "cancelled", answer
        assert "nothing was changed" in answer["result"]["message"]
        assert server.applied_edits == []
    finally:
        server.stop()
        stand_in.stop()


def test_shutdown_during_a_run_answers_at_once_and_exit_is_prompt(base):
    stand_in = StandIn("slow")
    server = Server(base / "ws", options(stand_in))
    try:
        server.open("src/models/student.rs")
        run = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(base / "ws")})
        stand_in.wait_for_request()
        answer = server.request("shutdown", None, timeout=5)
        assert "error" not in answer, answer
        server.wait(run, timeout=5)  # the run is answered too (cancelled)
        started = time.monotonic()
        server.notify("exit", None)
        server.process.wait(timeout=10)
        assert time.monotonic() - started < 10
        assert server.process.returncode == 0
    finally:
        server.kill()
        stand_in.stop()
    assert len(server.stderr()) < 100_000, "the server flooded stderr while exiting"


def test_concurrent_runs_with_edits_meanwhile_all_answer_and_apply_nothing(base):
    stand_in = StandIn("slow")
    server = Server(base / "ws", options(stand_in))
    try:
        uri = server.open("src/models/student.rs")
        runs = [server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(base / "ws", name)})
                for name in ("find_by_email", "list_recent", "count_all")]
        stand_in.wait_for_request()
        text = (base / "ws/src/models/student.rs").read_text()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": "// edited by the user\n" + text}]})
        started = time.perf_counter()
        actions = [server.send_request("textDocument/codeAction", {"textDocument": {"uri": uri},
                   "range": {"start": {"line": 17, "character": 0}, "end": {"line": 17, "character": 0}}, "context": {"diagnostics": []}})
                   for _ in range(200)]
        answers = [server.wait(a, timeout=10) for a in actions]
        assert all("result" in a for a in answers)
        print(f"200 code actions during a run: all answered in {time.perf_counter() - started:.2f} s")
        for run in runs:
            server.notify("$/cancelRequest", {"id": run})
        for run in runs:
            server.wait(run, timeout=10)
        assert server.applied_edits == []
    finally:
        server.stop()
        stand_in.stop()


def test_bad_initialization_options_are_reported(base):
    server = Server(base / "ws", "garbage")
    try:
        server.wait_for_message("expected an object of settings")
        assert server.alive()
    finally:
        server.stop()


# --- the planning flow: paths, a killed server, a damaged or read-only store ---

def plan_epic(server: Server, entity: str = "teacher") -> list[dict]:
    reply = server.request("nocodo/plan/start", {"description": "A music school that keeps track of its teachers and rooms"}, timeout=30)
    session = reply["result"]["sessionId"]
    for answer in ([entity], ["name", "email"], "Only me", ""):
        reply = server.request("nocodo/plan/answer", {"sessionId": session, "answer": answer})
        assert "result" in reply, reply
    return server.request("nocodo/plan/confirm", {"sessionId": session})["result"]["epic"]["tasks"]


def test_an_entity_that_leaves_the_workspace_is_refused(base):
    stand_in = StandIn("garbage")
    server = Server(base / "ws", options(stand_in))
    try:
        reply = server.request("nocodo/plan/start", {"description": "A shop with customers"}, timeout=30)
        session = reply["result"]["sessionId"]
        refused = server.request("nocodo/plan/answer", {"sessionId": session, "answer": ["../../../../outside/evil"]})
        assert "cannot be used as a record name" in refused["error"]["message"]
        refused = server.request("nocodo/plan/answer", {"sessionId": session, "answer": ["customer", "name"]})
        assert "result" in refused
        refused = server.request("nocodo/plan/answer", {"sessionId": session, "answer": ["../../x"]})
        assert "cannot be used as a field name" in refused["error"]["message"]
        # A task written by an older version with such a file is refused when it runs.
        tasks = plan_epic(server)
        task = next(t for t in tasks if t["mode"] == "diesel.model_fn")
        db = sqlite3.connect(base / "ws/.nocodo/nocodo.db")
        db.execute("UPDATE tasks SET file = '../../../../outside/evil.rs' WHERE id = ?", (task["id"],))
        db.commit()
        db.close()
        refused = server.request("nocodo/plan/runTask", {"taskId": task["id"]})
        assert "outside the workspace" in refused["error"]["message"], refused
        assert server.applied_edits == []
    finally:
        server.stop()
        stand_in.stop()


def test_a_task_left_in_progress_by_a_killed_server_is_released_on_restart(base):
    stand_in = StandIn("garbage")
    server = Server(base / "ws", options(stand_in))
    task = next(t for t in plan_epic(server) if t["mode"] == "diesel.model_struct")
    stand_in.behaviour = "hang"
    server.send_request("nocodo/plan/runTask", {"taskId": task["id"]})
    stand_in.wait_for_request()
    refusal = server.request("nocodo/plan/runTask", {"taskId": task["id"]})
    assert "nocodo plan move" in refusal["error"]["message"], refusal
    server.process.send_signal(signal.SIGKILL)
    server.kill()
    path = base / "ws/.nocodo/nocodo.db"
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sqlite3.connect(path).execute("SELECT state FROM tasks WHERE id = ?", (task["id"],)).fetchone()[0] == "in_progress"
    stand_in.behaviour = "garbage"
    restarted = Server(base / "ws", options(stand_in))
    try:
        epic = restarted.request("nocodo/plan/epic", {"epicId": 1})["result"]
        assert next(t for t in epic["tasks"] if t["id"] == task["id"])["state"] == "ready"
        comments = restarted.request("nocodo/plan/comment", {"taskId": task["id"], "text": "checked"})["result"]
        assert any("stopped without finishing" in c["text"] for c in comments)
        restarted.wait_for_message("back to ready")
    finally:
        restarted.stop()
        stand_in.stop()


def test_a_damaged_store_is_named_and_left_untouched(base):
    path = base / "ws/.nocodo/nocodo.db"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database\n" * 100)
    before = path.read_bytes()
    server = Server(base / "ws", {"nocodo": {"backend": "llama_cpp_server", "baseUrl": f"http://127.0.0.1:{free_port()}"}})
    try:
        answer = server.request("nocodo/plan/epic", {"epicId": 1})
        assert str(path) in answer["error"]["message"] and "left untouched" in answer["error"]["message"], answer
        assert server.alive()
    finally:
        server.stop()
    assert path.read_bytes() == before
    cli = subprocess.run([sys.executable, "-m", "nocodo.server", "plan", "--workspace", str(base / "ws"), "tasks", "1"],
                         capture_output=True, text=True, timeout=60)
    assert cli.returncode == 1 and str(path) in cli.stderr and "Traceback" not in cli.stderr
    assert path.read_bytes() == before


def test_a_read_only_store_still_reads(tmp_path):
    # As root, permissions do not bind: run the server as nobody then.
    base = Path(tempfile.mkdtemp(dir="/tmp", prefix="nocodo-ro-"))
    try:
        root = make_workspace(base)
        store = PlanStore(database_path(root))
        epic = store.create_epic(None, "Shop", {}, [{"title": "schema", "role": "db_engineer", "mode": "diesel.schema",
                                                     "args": {"table": "shops"}, "file": "src/schema.rs"}])
        store.close()
        for path in [base, *base.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
        (root / ".nocodo").chmod(0o555)
        for path in (root / ".nocodo").iterdir():
            path.chmod(0o444)
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else None
        if prefix and shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a folder read-only")
        if prefix and subprocess.run([*prefix, sys.executable, "-c", "import nocodo"], capture_output=True).returncode:
            # a checkout under a private folder (mktemp -d) is closed to the unprivileged user
            pytest.skip("running as root, and user nobody cannot run this checkout's Python: cannot make a folder read-only")
        server = Server(root, {"nocodo": {"backend": "llama_cpp_server", "baseUrl": f"http://127.0.0.1:{free_port()}"}},
                        env={"HOME": str(base)}, prefix=prefix)
        try:
            read = server.request("nocodo/plan/epic", {"epicId": epic})
            assert read["result"]["title"] == "Shop", read
            write = server.request("nocodo/plan/transition", {"taskId": 1, "to": "needs_technical_shaping"})
            assert "cannot be written" in write["error"]["message"] and "reads still work" in write["error"]["message"], write
            assert server.alive()
        finally:
            server.stop()
        cli = [*(prefix or []), sys.executable, "-m", "nocodo.server", "plan", "--workspace", str(root)]
        read = subprocess.run([*cli, "tasks", str(epic)], capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": str(base)})
        assert read.returncode == 0 and "schema" in read.stdout, read.stderr
        write = subprocess.run([*cli, "move", "1", "needs_technical_shaping"], capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": str(base)})
        assert write.returncode == 1 and "cannot be written" in write.stderr and "Traceback" not in write.stderr, write.stderr
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(base)])
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.model
def test_cancel_request_stops_the_embedded_model_and_frees_the_worker(base):
    """The real model: $/cancelRequest on a running nocodo.runMode reaches the decoding loop."""
    server = Server(base / "ws", {"nocodo": {"maxRetries": 2}})
    try:
        server.open("src/models/student.rs")
        course = server.open("src/models/course.rs")
        msg_id = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(base / "ws", "list_recent")})
        deadline = time.monotonic() + 120
        while not any(n["method"] == "$/progress" and "generating" in json.dumps(n) for n in server.notifications):
            assert time.monotonic() < deadline, "the run never started generating"
            time.sleep(0.05)
        time.sleep(0.5)
        server.notify("$/cancelRequest", {"id": msg_id})
        answer = server.wait(msg_id, timeout=10)
        assert "error" in answer or answer["result"]["status"] == "cancelled", answer
        # The worker is free: a run that needs no model (it asks for the name) answers at once.
        text = (base / "ws/src/models/course.rs").read_text()
        line = next(n for n, l in enumerate(text.split("\n")) if l.startswith("impl Course {"))
        again = server.command("nocodo.runMode", [{"mode": "diesel.model_fn", "uri": course, "position": {"line": line, "character": 5}}], timeout=10)
        assert again["result"]["status"] == "needs_input", again
        assert server.applied_edits == []
    finally:
        server.stop()

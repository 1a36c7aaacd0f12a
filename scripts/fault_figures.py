"""Figures for the README's Reliability section, measured against the real server over stdio.

    .venv/bin/python scripts/fault_figures.py [--skip-model]

- code-action latency while the embedded model generates (sequential requests, and 200 at once)
- time from a cancel to a free worker: the embedded model ($/cancelRequest and progress
  cancel), a model server that accepts and then says nothing, and one that streams forever.

A free worker is shown by a second run that needs no model (it asks for the function's name):
it runs on the same single worker, so it answers only once the cancelled run has let go.
Nothing here is asserted; the fault suite (tests/faults) checks behaviour with generous bounds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "faults"))

from rpc import Server  # noqa: E402
from standin import StandIn  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "school"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def workspace() -> Path:
    root = Path(tempfile.mkdtemp(prefix="nocodo-figures-")) / "school"
    shutil.copytree(FIXTURE, root)
    return root


def line_of(root: Path, relative: str, prefix: str) -> int:
    return next(n for n, l in enumerate((root / relative).read_text().split("\n")) if l.startswith(prefix))


def run_args(root: Path, name: str) -> list:
    return [{"mode": "diesel.model_fn", "uri": (root / "src/models/student.rs").as_uri(),
             "position": {"line": line_of(root, "src/models/student.rs", "impl Student {"), "character": 0}, "args": {"name": name}}]


def needs_input_args(root: Path) -> list:
    return [{"mode": "diesel.model_fn", "uri": (root / "src/models/course.rs").as_uri(),
             "position": {"line": line_of(root, "src/models/course.rs", "impl Course {"), "character": 5}}]


def action_params(uri: str, line: int) -> dict:
    return {"textDocument": {"uri": uri}, "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
            "context": {"diagnostics": []}}


def wait_until_generating(server: Server, since: int, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(n["method"] == "$/progress" and "generating" in json.dumps(n) for n in server.notifications[since:]):
            return
        time.sleep(0.01)
    raise RuntimeError("the run never started generating")


def cancel_to_free(server: Server, root: Path, how: str, settle: float = 1.0) -> dict:
    """Start a run, cancel it `settle` s into generating, time the cancel's answer and a free worker."""
    since = len(server.notifications)
    tokens_before = len(server.progress_tokens)
    msg_id = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(root, "list_recent")})
    wait_until_generating(server, since)
    time.sleep(settle)
    started = time.perf_counter()
    if how == "cancelRequest":
        server.notify("$/cancelRequest", {"id": msg_id})
    else:
        server.notify("window/workDoneProgress/cancel", {"token": server.progress_tokens[tokens_before]})
    probe = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": needs_input_args(root)})
    server.wait(msg_id, timeout=120)
    answered = time.perf_counter() - started
    result = server.wait(probe, timeout=120)
    free = time.perf_counter() - started
    assert result["result"]["status"] == "needs_input", result
    return {"how": how, "cancel answered s": round(answered, 3), "worker free s": round(free, 3)}


def embedded_figures() -> dict:
    root = workspace()
    server = Server(root, {"nocodo": {"maxRetries": 2}})
    figures: dict = {}
    try:
        uri = server.open("src/models/student.rs")
        server.open("src/models/course.rs")
        line = line_of(root, "src/models/student.rs", "impl Student {") + 1
        # warm: one full run so the pattern library's prefix is cached
        server.command("nocodo.runMode", run_args(root, "find_by_email"), timeout=300)
        quiet = [server.request("textDocument/codeAction", action_params(uri, line))["seconds"] for _ in range(50)]
        figures["code action, idle: median / p95 ms"] = (round(statistics.median(quiet) * 1000, 1), round(percentile(quiet, 0.95) * 1000, 1))
        # sequential code actions while a generation runs
        since = len(server.notifications)
        run = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(root, "list_recent")})
        wait_until_generating(server, since)
        during = []
        for _ in range(60):
            during.append(server.request("textDocument/codeAction", action_params(uri, line))["seconds"])
            time.sleep(0.02)
        figures["code action during generation: median / p95 ms"] = (
            round(statistics.median(during) * 1000, 1), round(percentile(during, 0.95) * 1000, 1))
        # 200 at once during the same generation
        started = time.perf_counter()
        ids = [server.send_request("textDocument/codeAction", action_params(uri, line)) for _ in range(200)]
        burst = []
        for msg_id in ids:
            server.wait(msg_id, timeout=60)
            burst.append(time.perf_counter() - started)
        figures["200 code actions at once during generation: answered / p95 s"] = (len(burst), round(percentile(burst, 0.95), 3))
        server.wait(run, timeout=300)
        figures["embedded cancel"] = [cancel_to_free(server, root, how) for how in ("cancelRequest", "progress", "cancelRequest")]
    finally:
        figures["exit after shutdown s"] = round(server.stop(), 2)
    return figures


def http_figures() -> dict:
    figures = {}
    for behaviour in ("hang", "slow"):
        root = workspace()
        stand_in = StandIn(behaviour)
        server = Server(root, {"nocodo": {"backend": "llama_cpp_server", "baseUrl": stand_in.url, "maxRetries": 0}})
        try:
            server.open("src/models/student.rs")
            server.open("src/models/course.rs")
            results = []
            for how in ("cancelRequest", "progress"):
                since = len(server.notifications)
                tokens_before = len(server.progress_tokens)
                msg_id = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": run_args(root, "find_by_email")})
                requests = stand_in.requests
                wait_until_generating(server, since)
                stand_in.wait_for_request(requests + 1 if requests else 1)
                time.sleep(1.0)
                closed = len(stand_in.closed_at)
                started = time.perf_counter()
                if how == "cancelRequest":
                    server.notify("$/cancelRequest", {"id": msg_id})
                else:
                    server.notify("window/workDoneProgress/cancel", {"token": server.progress_tokens[tokens_before]})
                probe = server.send_request("workspace/executeCommand", {"command": "nocodo.runMode", "arguments": needs_input_args(root)})
                server.wait(msg_id, timeout=60)
                answered = time.perf_counter() - started
                server.wait(probe, timeout=60)
                free = time.perf_counter() - started
                while len(stand_in.closed_at) == closed and time.perf_counter() - started < 10:
                    time.sleep(0.005)
                connection = stand_in.closed_at[-1] - (time.monotonic() - (time.perf_counter() - started)) if len(stand_in.closed_at) > closed else None
                results.append({"how": how, "cancel answered s": round(answered, 3), "worker free s": round(free, 3),
                                "connection closed s": round(connection, 3) if connection is not None else "not closed"})
            figures[f"model server that {'accepts then says nothing' if behaviour == 'hang' else 'streams forever'}"] = results
        finally:
            server.stop()
            stand_in.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-model", action="store_true", help="only the stand-in model server figures")
    args = parser.parse_args()
    figures = http_figures()
    if not args.skip_model:
        figures.update(embedded_figures())
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

"""An example backend as a running app: built offline, started on a loopback port with a fresh
SQLite file made from its migrations, asked over HTTP, and stopped by its pid.

The bench uses it to judge Actix cases by what the app answers; the Actix HTTP test uses it too.
An app that migrates its own database at start (its main calls a migration) is left to do so.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import time
import tomllib
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

#: how long the app may take to accept connections once started
STARTUP_SECONDS = 30
_BIND = re.compile(r'\.bind\(\(\s*"127\.0\.0\.1"\s*,\s*\d+\s*\)\)')


class AppFailed(RuntimeError):
    """The app did not build or did not start; the message says why."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str

    def json(self):
        return json.loads(self.text) if self.text else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bind_to(crate: Path, port: int) -> None:
    """Point a literal `.bind(("127.0.0.1", N))` in src/main.rs at `port`; an app that reads its
    port from the environment gets it as PORT instead (see running_app)."""
    main = crate / "src" / "main.rs"
    text, count = _BIND.subn(f'.bind(("127.0.0.1", {port}))', main.read_text(encoding="utf-8"))
    if count > 1:
        raise AppFailed(f"{main} binds more than one literal address; which one to point at a free port is unclear")
    main.write_text(text, encoding="utf-8")


def migrates_itself(crate: Path) -> bool:
    """Whether the app brings its database up to date at start (its main calls a migration)."""
    return re.search(r"migrat", (crate / "src" / "main.rs").read_text(encoding="utf-8"), re.I) is not None


def fresh_database(crate: Path, path: Path, seed: str = "") -> None:
    """A SQLite file with the crate's migrations applied in order, then `seed`; an app that
    migrates itself gets an empty file, and no seed (it would run before the tables exist)."""
    if migrates_itself(crate):
        if seed:
            raise AppFailed("the app migrates its own database at start, so a seed cannot run before it")
        return
    with sqlite3.connect(path) as connection:
        for migration in sorted((crate / "migrations").glob("*/up.sql")):
            connection.executescript(migration.read_text(encoding="utf-8"))
        if seed:
            connection.executescript(seed)


def build(crate: Path, cargo_config: Path | None, target_dir: Path) -> Path:
    """`cargo build --offline` of the crate; the path of its binary."""
    fresh_sources(crate)
    command = ["cargo", "build", "--offline", "--message-format", "short"]
    if cargo_config is not None:
        command += ["--config", str(cargo_config)]
    built = subprocess.run(
        command, cwd=crate, capture_output=True, text=True, timeout=900,
        env={**os.environ, "CARGO_TARGET_DIR": str(target_dir), "CARGO_TERM_COLOR": "never"},
    )
    if built.returncode != 0:
        errors = [line for line in built.stderr.split("\n") if "error" in line]
        raise AppFailed("the app does not build: " + ("; ".join(errors[:3]) or built.stderr[-500:]))
    name = tomllib.loads((crate / "Cargo.toml").read_text(encoding="utf-8"))["package"]["name"]
    return target_dir / "debug" / name


def fresh_sources(crate: Path) -> None:
    """Copies of one example share a target directory and a package name, and a copy keeps the
    example's old file times: cargo would take another copy's binary as up to date. Touching the
    sources makes it build this one (only the crate itself recompiles)."""
    for source in (crate / "src").rglob("*.rs"):
        source.touch()


@contextmanager
def running_app(crate: Path, cargo_config: Path | None, target_dir: Path, seed: str = "") -> Iterator[str]:
    """The app built and running on a free loopback port; yields its base URL, then stops it."""
    port = free_port()
    bind_to(crate, port)
    binary = build(crate, cargo_config, target_dir)
    database = crate / "http-check.db"
    database.unlink(missing_ok=True)
    fresh_database(crate, database, seed)
    process = subprocess.Popen(
        [str(binary)], cwd=crate,
        env={**os.environ, "DATABASE_URL": str(database), "PORT": str(port), "RUST_LOG": "warn"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        _wait_until_listening(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_listening(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AppFailed(f"the app exited with {process.returncode}: {process.stderr.read()[-500:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AppFailed(f"the app did not listen on port {port} within {STARTUP_SECONDS} s")


def ask(url: str, method: str, path: str, body: object | str | None = None) -> Answer:
    """One request; a JSON body unless `body` is already text (to send what is not JSON)."""
    data = body.encode() if isinstance(body, str) else None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, headers, raw = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, headers, raw = error.code, dict(error.headers), error.read()
    return Answer(status, {k.lower(): v for k, v in headers.items()}, raw.decode("utf-8", errors="replace"))


def check(url: str, checks: list[dict]) -> list[str]:
    """Run a case's HTTP checks in order: `method`, `path`, optional `body`, then what the answer
    must have: `status`, `contains` (substrings of the body; `body_contains` says the same),
    `headers` (names present)."""
    problems = []
    for item in checks:
        answer = ask(url, item["method"], item["path"], item.get("body"))
        where = f"{item['method']} {item['path']}"
        if answer.status != item["status"]:
            problems.append(f"{where} answered {answer.status}, not {item['status']}: {answer.text[:120]}")
        wanted = item.get("contains", []) + item.get("body_contains", [])
        problems += [f"{where}: no {s!r} in the body" for s in wanted if s not in answer.text]
        problems += [f"{where}: no {h} header" for h in item.get("headers", []) if h.lower() not in answer.headers]
    return problems

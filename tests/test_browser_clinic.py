"""The SolidJS layer in a real browser: the clinic app as the modes wrote it, built with vite,
served by `vite preview` in front of the real Actix backend, driven by Debian's chromium through
playwright-core (examples/clinic/frontend/e2e/owners.mjs): a validation error on an empty form,
an owner created through the generated form, seen in the generated list, opened in the detail.

The backend binary is built once per target directory (minutes on 2 cores the first time)."""

import os
import shutil
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from nocodo.modes.testing import REPOSITORY, copy_example_app
from nocodo.server.http_check import fresh_sources

#: where the backend listens: fixed in examples/clinic/backend/src/main.rs
BACKEND_PORT = 8080
SCREENSHOT = os.environ.get("NOCODO_SCREENSHOT")


def port_in_use(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not port_in_use(port):
        if process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"nothing listens on {port}: {process.args[0]} exited with {process.returncode}")
        time.sleep(0.2)


def migrated_database(backend: Path, target: Path) -> Path:
    """A SQLite database with every migration of the backend applied, in order."""
    with sqlite3.connect(target) as database:
        for up in sorted(backend.glob("migrations/*/up.sql")):
            database.executescript(up.read_text())
    return target


@pytest.fixture
def app(tmp_path: Path, crate_source):
    for needed in ("chromium", "node", "cargo"):
        if shutil.which(needed) is None:
            pytest.skip(f"{needed} is not installed")
    if not (REPOSITORY / "examples/clinic/frontend/node_modules/playwright-core").exists():
        pytest.skip("the clinic frontend's npm packages are not installed (scripts/frontend.sh)")
    if port_in_use(BACKEND_PORT):
        pytest.skip(f"port {BACKEND_PORT}, which the clinic backend binds, is taken")
    return copy_example_app(tmp_path / "clinic")


def run(command: list[str], cwd: Path, timeout: float, **environment) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **environment})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.mark.timeout(1800)
def test_create_list_and_open_an_owner_through_the_generated_pages(app: Path, crate_source):
    backend, frontend = app / "backend", app / "frontend"
    fresh_sources(backend)
    run(["cargo", "build", "--config", str(crate_source.config)], backend, 1700, CARGO_TARGET_DIR=str(crate_source.target_dir))
    vite = str(frontend / "node_modules" / ".bin" / "vite")  # not npx: stopping npx would leave vite running
    run([vite, "build"], frontend, 300)
    database = migrated_database(backend, app / "clinic.db")
    servers = [
        subprocess.Popen([str(crate_source.target_dir / "debug" / "clinic")], cwd=backend, env={**os.environ, "DATABASE_URL": str(database)},
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ]
    preview = free_port()
    try:
        wait_for(BACKEND_PORT, servers[0])
        servers.append(subprocess.Popen([vite, "preview", "--port", str(preview), "--strictPort"], cwd=frontend,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_for(preview, servers[1])
        command = ["node", "e2e/owners.mjs", f"http://127.0.0.1:{preview}"] + ([SCREENSHOT] if SCREENSHOT else [])
        browser = subprocess.run(command, cwd=frontend, capture_output=True, text=True, timeout=300)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
    assert browser.returncode == 0, browser.stdout + browser.stderr[-4000:]
    assert browser.stdout.split("\n")[:4] == [
        "ok an empty form shows which required fields are missing",
        "ok the form creates the owner through the API",
        "ok the list shows the new owner",
        "ok its detail page opens from the list",
    ]

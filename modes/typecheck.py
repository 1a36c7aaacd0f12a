"""The type check: TypeScript's compiler as the judge of a candidate, as compile.py is for Rust.

`check_typescript` asks a long-lived type checker of the candidate's frontend
(typescript_service.mjs: the project's own TypeScript as a language service, one node process
per frontend, kept for the server's life) for the errors of the candidate file and of the files
that import it, with the candidate's text and the editor's unsaved texts in memory: nothing is
written anywhere. Errors inside the generated lines become retry hints; errors elsewhere are
reported and never block. The service keeps its program between checks, so after the first
(cold) check only what changed is checked again.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from .compile import CompileMessage, CompileResult
from .frontend import frontend_root, is_inside

_SCRIPT = Path(__file__).with_name("typescript_service.mjs")
#: checkers kept at once (each a node process of about 100 MB); the least recently used goes first
MAX_SERVICES = 2


def tsc_of(frontend: Path) -> Path | None:
    """The project's own TypeScript, as npm installed it."""
    package = frontend / "node_modules" / "typescript" / "package.json"
    return package.parent if package.is_file() else None


def cannot_run(file: Path) -> str | None:
    """Why a type check of `file` cannot run at all, or None; starts no process."""
    if shutil.which("node") is None:
        return "node was not found on PATH"
    frontend = frontend_root(file)
    if frontend is None:
        return f"no package.json above {Path(file).name}: not a frontend project"
    if not (frontend / "tsconfig.json").is_file():
        return f"{frontend.name} has no tsconfig.json"
    if tsc_of(frontend) is None:
        return f"typescript is not installed in {frontend.name}/node_modules (run npm ci there, or scripts/frontend.sh)"
    return None


class _Stopped(Exception):
    """The service was stopped: cancelled, too slow, or it died (the message says which)."""


class _Service:
    """One node process checking one frontend, asked one question at a time."""

    def __init__(self, frontend: Path):
        self.process = subprocess.Popen(
            ["node", str(_SCRIPT), str(frontend)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        self.answers: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        threading.Thread(target=lambda: [self.answers.put(line) for line in self.process.stdout], daemon=True).start()
        threading.Thread(target=lambda: self.errors.extend(self.process.stderr), daemon=True).start()
        self.lock = threading.Lock()

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, request: dict, cancelled: Callable[[], bool] | None, timeout: float | None) -> dict:
        if cancelled is not None and cancelled():
            raise _Stopped("cancelled")
        with self.lock:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            started = time.monotonic()
            while True:
                try:
                    return json.loads(self.answers.get(timeout=0.1))
                except queue.Empty:
                    pass
                if cancelled is not None and cancelled():
                    self.stop()
                    raise _Stopped("cancelled")
                if timeout is not None and time.monotonic() - started > timeout:
                    self.stop()
                    raise _Stopped("the type check took too long and was stopped")
                if not self.alive():
                    raise _Stopped("the type checker stopped: " + ("".join(self.errors[-5:]).strip() or "no message"))

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()


#: frontend -> its checker, the most recently used last
_services: dict[Path, _Service] = {}
_services_lock = threading.Lock()


def _service_for(frontend: Path) -> _Service:
    with _services_lock:
        service = _services.pop(frontend, None)
        if service is None or not service.alive():
            while len(_services) >= MAX_SERVICES:
                _services.pop(next(iter(_services))).stop()
            service = _Service(frontend)
        _services[frontend] = service
        return service


@atexit.register
def _stop_services() -> None:
    for service in list(_services.values()):
        service.stop()


def check_typescript(
    file: Path,
    new_text: str,
    item_lines: Sequence[tuple[int, int]],
    *,
    open_documents: dict[Path, str] | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float | None = 120,
) -> CompileResult:
    """Type-check `file` with `new_text` as its content, in its frontend.

    `item_lines` are the 0-based inclusive line ranges of `new_text` the generator wrote.
    """
    started = time.perf_counter()
    reason = cannot_run(file)
    if reason:
        return CompileResult("skipped", reason)
    frontend = frontend_root(file)
    path = Path(file).resolve()
    files = {str(Path(p).resolve()): t for p, t in (open_documents or {}).items() if is_inside(p, frontend)}
    files[str(path)] = new_text
    try:
        answer = _service_for(frontend).ask({"files": files, "check": [str(path)]}, cancelled, timeout)
    except _Stopped as stopped:
        status = "cancelled" if str(stopped) == "cancelled" else "skipped"
        return CompileResult(status, str(stopped))
    if "error" in answer:
        return CompileResult("skipped", "the type checker failed: " + answer["error"].split("\n")[0])
    result = _sorted(answer["diagnostics"], frontend, path, item_lines)
    result.crate = str(frontend)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _sorted(diagnostics: list[dict], frontend: Path, path: Path, item_lines) -> CompileResult:
    messages = [_message(d, frontend) for d in diagnostics]
    relative = path.relative_to(frontend).as_posix()
    item = [m for m in messages if m.file == relative and any(first <= m.line - 1 <= last for first, last in item_lines)]
    other = [m for m in messages if m not in item]
    reason = f"{len(item)} type error(s) in the generated code" if item else "type-checks"
    if other:
        reason += f"; {len(other)} type error(s) elsewhere in the project (not blocking)"
    return CompileResult("errors" if item else "ok", reason, item_errors=item, other_errors=other)


def _message(diagnostic: dict, frontend: Path) -> CompileMessage:
    message = diagnostic["message"]
    file = Path(diagnostic["file"])
    where = file.relative_to(frontend).as_posix() if is_inside(file, frontend) else str(file)
    return CompileMessage(
        code=diagnostic["code"],
        message=message,
        file=where,
        line=diagnostic["line"],
        column=diagnostic["column"],
        label=None,
        # tsc's own sentence is what a model can act on; the paths of `import("...")` types are noise
        hint=re.sub(r"import\(\"[^\"]+\"\)\.", "", message)[:200],
        rendered=f"{where}({diagnostic['line']},{diagnostic['column']}): error {diagnostic['code']}: {message}",
    )

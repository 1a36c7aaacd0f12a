"""The type check: TypeScript's compiler as the judge of a candidate, as compile.py is for Rust.

`check_typescript` writes the candidate text of one file into a persistent shadow copy of its
frontend project (under the workspace's `.nocodo/shadow/`, never the user's files; node_modules
is a symlink to the project's own), runs `tsc --noEmit` there and sorts its errors into those
inside the generated lines (retry hints) and those elsewhere (reported, never blocking).
`--incremental` keeps tsc's build info beside the shadow, so a warm check re-reads only what
changed.
"""

from __future__ import annotations

import fcntl
import re
import time
from pathlib import Path
from typing import Callable, Sequence

from .compile import CompileMessage, CompileResult, is_inside, run_process, shadow_name, state_folder, sync_shadow
from .frontend import frontend_root

#: `src/App.tsx(12,5): error TS2322: Type 'string' is not assignable to type 'number'.`
_DIAGNOSTIC = re.compile(r"^(?P<file>[^(\s][^(]*)\((?P<line>\d+),(?P<column>\d+)\): error (?P<code>TS\d+): (?P<message>.*)$")


def tsc_of(frontend: Path) -> Path | None:
    """The project's own TypeScript compiler, as npm installed it."""
    tsc = frontend / "node_modules" / "typescript" / "bin" / "tsc"
    return tsc if tsc.is_file() else None


def cannot_run(file: Path) -> str | None:
    """Why a type check of `file` cannot run at all, or None; starts no process."""
    frontend = frontend_root(file)
    if frontend is None:
        return f"no package.json above {Path(file).name}: not a frontend project"
    if not (frontend / "tsconfig.json").is_file():
        return f"{frontend.name} has no tsconfig.json"
    if tsc_of(frontend) is None:
        return f"typescript is not installed in {frontend.name}/node_modules (run npm ci there, or scripts/frontend.sh)"
    return None


def check_typescript(
    file: Path,
    new_text: str,
    item_lines: Sequence[tuple[int, int]],
    *,
    workspace_root: Path | None = None,
    open_documents: dict[Path, str] | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float | None = 120,
) -> CompileResult:
    """Type-check the frontend of `file` with `new_text` as that file's content.

    `item_lines` are the 0-based inclusive line ranges of `new_text` the generator wrote.
    """
    started = time.perf_counter()
    reason = cannot_run(file)
    if reason:
        return CompileResult("skipped", reason)
    frontend = frontend_root(file)
    state = state_folder(frontend, workspace_root)
    shadow = state / "shadow" / shadow_name(frontend, state.parent)
    relative = Path(file).resolve().relative_to(frontend)
    overrides = {Path(p).resolve(): t for p, t in (open_documents or {}).items() if is_inside(p, frontend)}
    overrides[frontend / relative] = new_text
    lock_path = state / "shadow" / f".{shadow.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        sync_shadow(frontend, shadow, overrides)
        _link_node_modules(frontend, shadow)
        build_info = state / "tsbuildinfo" / f"{shadow.name}.tsbuildinfo"
        build_info.parent.mkdir(parents=True, exist_ok=True)
        command = ["node", str(tsc_of(frontend)), "--noEmit", "--pretty", "false", "--incremental", "--tsBuildInfoFile", str(build_info), "-p", str(shadow)]
        outcome = run_process(command, shadow, None, cancelled, timeout)
    result = _read_diagnostics(outcome, relative, item_lines)
    result.crate = str(frontend)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _link_node_modules(frontend: Path, shadow: Path) -> None:
    link = shadow / "node_modules"
    target = (frontend / "node_modules").resolve()
    if not link.is_symlink() or link.resolve() != target:
        if link.is_symlink():
            link.unlink()
        link.symlink_to(target)


def _read_diagnostics(outcome, relative: Path, item_lines) -> CompileResult:
    tail = "".join(outcome.stderr[-15:])
    if outcome.cancelled:
        return CompileResult("cancelled", "cancelled during tsc", stderr_tail=tail)
    if outcome.timed_out:
        return CompileResult("skipped", "tsc took too long and was stopped", stderr_tail=tail)
    messages: list[CompileMessage] = []
    for line in outcome.stdout:
        match = _DIAGNOSTIC.match(line.rstrip("\n"))
        if match:
            messages.append(_message(match))
        elif messages and line.startswith(" "):  # tsc continues a long message on indented lines
            messages[-1].rendered += line.rstrip("\n")
    if outcome.returncode not in (0, 1, 2) or (outcome.returncode != 0 and not messages):
        lines = [l.strip() for l in outcome.stdout + outcome.stderr if l.strip()]
        return CompileResult("skipped", f"tsc could not check the project: {lines[0] if lines else 'no output'}", stderr_tail=tail)
    wanted = relative.as_posix()
    item = [m for m in messages if m.file == wanted and any(first <= m.line - 1 <= last for first, last in item_lines)]
    other = [m for m in messages if m not in item]
    reason = f"{len(item)} type error(s) in the generated code" if item else "type-checks"
    if other:
        reason += f"; {len(other)} type error(s) elsewhere in the project (not blocking)"
    return CompileResult("errors" if item else "ok", reason, item_errors=item, other_errors=other, stderr_tail=tail)


def _message(match: re.Match) -> CompileMessage:
    message = match["message"]
    return CompileMessage(
        code=match["code"],
        message=message,
        file=match["file"].replace("\\", "/"),
        line=int(match["line"]),
        column=int(match["column"]),
        label=None,
        # tsc's first sentence is already what a model can act on; imports' paths are noise
        hint=re.sub(r"import\(\"[^\"]+\"\)\.", "", message)[:200],
        rendered=match.group(0),
    )

"""The compile check: the Rust compiler as the judge of a candidate.

`check_candidate` writes the candidate text of one file into a persistent *shadow* copy of its
crate (under the workspace's `.nocodo/shadow/`, never the user's files), runs
`cargo check --message-format json` there, and sorts the compiler's errors into those inside the
generated item (they become short retry hints a base model can follow) and those elsewhere in
the crate (reported, never blocking). The shadow and its target directory persist, so after the
first (cold) check only the crate itself is checked again.

Nothing here knows about the language server: cancellation is a plain callable.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal, Sequence

CompileStatus = Literal["ok", "errors", "skipped", "cancelled"]

#: Folders of a crate never copied into the shadow.
_SKIPPED = {"target", ".git", ".nocodo", "node_modules", ".venv", "dist", "build"}
#: Files larger than this are compared by size and time, not content.
_COMPARE_LIMIT = 4 * 1024 * 1024


@dataclass
class CompileMessage:
    """One error from rustc, where it points in the user's crate."""

    code: str | None
    message: str
    #: path relative to the crate root, 1-based line as rustc prints it
    file: str | None
    line: int | None
    column: int | None
    label: str | None
    #: the short hint for the next attempt
    hint: str
    rendered: str = ""

    def describe(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}: " if self.file else ""
        return f"{where}{self.hint}"


@dataclass
class CompileResult:
    status: CompileStatus
    #: why the check was skipped, or a one-line summary
    reason: str = ""
    crate: str | None = None
    item_errors: list[CompileMessage] = field(default_factory=list)
    #: errors outside the generated item: reported, never blocking
    other_errors: list[CompileMessage] = field(default_factory=list)
    warnings: int = 0
    seconds: float = 0.0
    #: every `compiler-message` cargo printed, as JSON objects
    raw_messages: list[dict] = field(default_factory=list)
    stderr_tail: str = ""

    @property
    def hints(self) -> list[str]:
        return list(dict.fromkeys(m.hint for m in self.item_errors))

    @property
    def rendered(self) -> list[str]:
        """The compiler's own text of each error kept (the item's first), shortened."""
        return [_shorter(m.rendered) for m in self.item_errors + self.other_errors if m.rendered]


def _shorter(text: str, limit: int = 1500) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "\n   ... (shortened)"


def find_crate(file: Path, stop: Path | None = None) -> Path | None:
    """The nearest folder above `file` holding a Cargo.toml (not above `stop`'s parent)."""
    limit = Path(stop).resolve().parent if stop is not None else None
    for folder in Path(file).resolve().parents:
        if (folder / "Cargo.toml").is_file():
            return folder
        if folder == limit:
            break
    return None


def cannot_run(file: Path, workspace_root: Path | None = None, cargo: str | None = None) -> str | None:
    """Why a check of `file` cannot run at all (no cargo, no crate), or None; costs no cargo run."""
    if (cargo or shutil.which("cargo")) is None:
        return "cargo was not found on PATH"
    if find_crate(file, workspace_root) is None:
        return f"no Cargo.toml above {Path(file).name}: not a Cargo crate"
    return None


def prepared_crate_config(cache_dir: Path | None = None) -> Path | None:
    """The Cargo config of the offline crate source scripts/crates.sh prepares, if it is there."""
    folder = os.environ.get("NOCODO_CRATES_DIR")
    base = Path(folder) if folder else (cache_dir or Path.home() / ".cache" / "nocodo-lsp") / "crates"
    config = base / "cargo-config.toml"
    return config if config.is_file() else None


def check_candidate(
    file: Path,
    new_text: str,
    item_lines: Sequence[tuple[int, int]],
    *,
    workspace_root: Path | None = None,
    open_documents: dict[Path, str] | None = None,
    cargo: str | None = None,
    cargo_config: Path | None = None,
    target_dir: Path | None = None,
    offline: bool = False,
    cancelled: Callable[[], bool] | None = None,
    timeout: float | None = None,
) -> CompileResult:
    """Type-check the crate of `file` with `new_text` as that file's content.

    `item_lines` are the 0-based inclusive line ranges (LSP style) of `new_text` that the
    generator wrote: errors there are the item's. `cargo_config` is passed as `--config` (the
    prepared offline crate source in tests; a user's project needs none). `target_dir` defaults
    to `.nocodo/target` beside the shadow. `offline` adds `--offline`: dependencies not already
    on this machine then skip the check quickly instead of waiting on the network. `cancelled` is
    polled; cargo and its rustc processes are killed within a second. After `timeout` seconds
    cargo is stopped too and the check counts as skipped (what it built is kept).
    """
    started = time.perf_counter()
    reason = cannot_run(file, workspace_root, cargo)
    if reason:
        return CompileResult("skipped", reason)
    cargo = cargo or shutil.which("cargo")
    crate = find_crate(file, workspace_root)
    state = _state_folder(crate, workspace_root)
    shadow = state / "shadow" / _shadow_name(crate, state.parent)
    relative = Path(file).resolve().relative_to(crate)
    overrides = {Path(p).resolve(): t for p, t in (open_documents or {}).items() if _inside(p, crate)}
    overrides[crate / relative] = new_text
    target = Path(target_dir) if target_dir else state / "target"
    lock_path = state / "shadow" / f".{shadow.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _sync_shadow(crate, shadow, overrides)
        command = [cargo, "check", "--message-format", "json", "--color", "never"]
        if cargo_config:
            command += ["--config", str(cargo_config)]
        if offline:
            command.append("--offline")
        environment = {**os.environ, "CARGO_TARGET_DIR": str(target), "CARGO_TERM_COLOR": "never"}
        outcome = _run(command, shadow, environment, cancelled, timeout)
    result = _read_messages(outcome, shadow, relative, item_lines)
    result.crate = str(crate)
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(folder)
        return True
    except ValueError:
        return False


def _state_folder(crate: Path, workspace_root: Path | None) -> Path:
    """`.nocodo` of the workspace when the crate is inside it, else of the crate."""
    root = Path(workspace_root).resolve() if workspace_root else crate
    return (root if _inside(crate, root) else crate) / ".nocodo"


def _shadow_name(crate: Path, root: Path) -> str:
    try:
        name = "__".join(crate.relative_to(root).parts) or crate.name
    except ValueError:
        name = crate.name
    return name + "-" + hashlib.sha1(str(crate).encode()).hexdigest()[:8]


def shadow_manifest(text: str, crate: Path) -> str:
    """The shadow's Cargo.toml: its own workspace, so cargo never walks up to the user's, and
    path dependencies outside the crate made absolute, since the shadow lives elsewhere."""

    def absolute(match: re.Match) -> str:
        path = Path(match.group(2))
        if path.is_absolute() or _inside(crate / path, crate):
            return match.group(0)
        return match.group(1) + (crate / path).resolve().as_posix() + match.group(3)

    text = re.sub(r'(\bpath\s*=\s*")([^"]+)(")', absolute, text)
    if re.search(r"(?m)^\s*\[workspace\]", text):
        return text
    return text.rstrip("\n") + "\n\n# added by nocodo's compile check: the shadow is its own workspace\n[workspace]\n"


def _sync_shadow(crate: Path, shadow: Path, overrides: dict[Path, str]) -> None:
    """Make the shadow hold the crate's files (with `overrides`), touching only what differs."""
    shadow.mkdir(parents=True, exist_ok=True)
    wanted: set[Path] = set()
    for dirpath, dirnames, filenames in os.walk(crate):
        dirnames[:] = [d for d in dirnames if d not in _SKIPPED and (not d.startswith(".") or d == ".cargo")]
        for name in filenames:
            source = Path(dirpath) / name
            relative = source.relative_to(crate)
            wanted.add(relative)
            if relative == Path("Cargo.toml"):
                content = shadow_manifest(overrides.get(source) or source.read_text(encoding="utf-8"), crate).encode("utf-8")
            elif source in overrides:
                content = overrides[source].encode("utf-8")
            else:
                content = None
            _put(source, shadow / relative, content)
    for path, text in overrides.items():  # a new file the editor has not saved yet
        relative = path.relative_to(crate)
        if relative not in wanted:
            wanted.add(relative)
            _put(path, shadow / relative, text.encode("utf-8"))
    for dirpath, dirnames, filenames in os.walk(shadow):
        for name in filenames:
            relative = (Path(dirpath) / name).relative_to(shadow)
            # cargo's own lockfile stays unless the user's crate has one to copy
            if relative not in wanted and relative != Path("Cargo.lock"):
                (shadow / relative).unlink()


def _put(source: Path, destination: Path, content: bytes | None) -> None:
    """Write `content` (or copy `source`) to `destination` unless it already holds the same."""
    if content is None:
        stat = source.stat()
        if stat.st_size > _COMPARE_LIMIT:
            if destination.exists() and destination.stat().st_size == stat.st_size and destination.stat().st_mtime >= stat.st_mtime:
                return
            content = source.read_bytes()
        else:
            content = source.read_bytes()
    if destination.exists() and destination.stat().st_size == len(content) and destination.read_bytes() == content:
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    # A fresh modification time on every change: cargo's fingerprints then always see it.
    destination.write_bytes(content)


@dataclass
class _Outcome:
    returncode: int | None
    stdout: list[str]
    stderr: list[str]
    cancelled: bool = False
    timed_out: bool = False


def _run(command: list[str], cwd: Path, environment: dict, cancelled, timeout) -> _Outcome:
    process = subprocess.Popen(
        command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True,
    )
    stdout: list[str] = []
    stderr: list[str] = []
    readers = [
        threading.Thread(target=lambda: stdout.extend(process.stdout), daemon=True),
        threading.Thread(target=lambda: stderr.extend(process.stderr), daemon=True),
    ]
    for reader in readers:
        reader.start()
    started = time.monotonic()
    outcome = _Outcome(None, stdout, stderr)
    while True:
        try:
            outcome.returncode = process.wait(timeout=0.1)
            break
        except subprocess.TimeoutExpired:
            pass
        if cancelled is not None and cancelled():
            outcome.cancelled = True
        elif timeout is not None and time.monotonic() - started > timeout:
            outcome.timed_out = True
        else:
            continue
        _kill(process)
        break
    for reader in readers:
        reader.join(timeout=2)
    return outcome


def _kill(process: subprocess.Popen) -> None:
    """Stop cargo and the rustc processes it started (its own process group)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=0.5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


def _read_messages(outcome: _Outcome, shadow: Path, relative: Path, item_lines) -> CompileResult:
    tail = "".join(outcome.stderr[-15:])
    if outcome.cancelled:
        return CompileResult("cancelled", "cancelled during cargo check", stderr_tail=tail)
    if outcome.timed_out:
        return CompileResult("skipped", "cargo check took too long and was stopped", stderr_tail=tail)
    raw, ours, warnings = [], [], 0
    for line in outcome.stdout:
        if not line.startswith("{"):
            continue
        try:
            message = json.loads(line)
        except ValueError:
            continue
        if message.get("reason") != "compiler-message":
            continue
        raw.append(message)
        src = (message.get("target") or {}).get("src_path", "")
        diagnostic = message["message"]
        if not src.startswith(str(shadow)):
            continue
        if diagnostic["level"] == "warning":
            warnings += 1
        elif diagnostic["level"].startswith("error") and diagnostic.get("spans"):
            ours.append(diagnostic)
    if outcome.returncode != 0 and not ours:
        errors = [line.strip() for line in outcome.stderr if line.lstrip().startswith("error")]
        reason = errors[0] if errors else (tail.strip().splitlines() or ["cargo check failed"])[-1]
        return CompileResult(
            "skipped", f"cargo could not check the crate: {reason}",
            raw_messages=raw, stderr_tail=tail,
        )
    wanted = {str(relative), relative.as_posix()}
    item, other, seen_lines = [], [], set()
    for diagnostic in ours:
        message = _message(diagnostic)
        inside = message.file in wanted and message.line is not None and any(
            first <= message.line - 1 <= last for first, last in item_lines
        )
        # rustc reports a cascade of bounds for one bad expression: its first error says it best
        if (message.file, message.line) in seen_lines:
            continue
        seen_lines.add((message.file, message.line))
        (item if inside else other).append(message)
    status: CompileStatus = "errors" if item else "ok"
    reason = f"{len(item)} error(s) in the generated code" if item else "compiles"
    if other:
        reason += f"; {len(other)} error(s) elsewhere in the crate (not blocking)"
    return CompileResult(
        status, reason, item_errors=item, other_errors=other, warnings=warnings,
        raw_messages=raw, stderr_tail=tail,
    )


def _location(span: dict) -> dict:
    """The user's-file end of a span that may sit inside a macro expansion."""
    while span.get("expansion") and (span["file_name"].startswith("<") or os.path.isabs(span["file_name"])):
        span = span["expansion"]["span"]
    return span


def _message(diagnostic: dict) -> CompileMessage:
    spans = diagnostic["spans"]
    primary = next((s for s in spans if s["is_primary"] and not s["file_name"].startswith("/")), None)
    primary = _location(primary or next((s for s in spans if s["is_primary"]), spans[0]))
    code = (diagnostic.get("code") or {}).get("code")
    return CompileMessage(
        code=code,
        message=diagnostic["message"],
        file=primary["file_name"],
        line=primary["line_start"],
        column=primary["column_start"],
        label=primary.get("label"),
        hint=hint_for(diagnostic, primary),
        rendered=diagnostic.get("rendered") or "",
    )


#: Diesel SQL types and the Rust values they take.
RUST_FOR_SQL = {
    "Text": "`&str` or `String`", "Integer": "`i32`", "BigInt": "`i64`", "SmallInt": "`i16`",
    "Bool": "`bool`", "Double": "`f64`", "Float": "`f32`", "Timestamp": "`NaiveDateTime`",
    "Date": "`NaiveDate`", "Time": "`NaiveTime`", "Binary": "`Vec<u8>`",
}


def shorten(text: str) -> str:
    """Type paths as code would write them: `diesel::sql_types::Text` -> `Text`."""
    text = re.sub(r"\b(?:crate::)?schema::(\w+)::columns::", r"\1::", text)
    text = re.sub(r"\b(?:crate::)?schema::", "", text)
    return re.sub(r"\b(?:[a-z_][a-z0-9_]*::)+(?=[A-Z])", "", text)


def hint_for(diagnostic: dict, span: dict) -> str:
    """What went wrong, in the words a base model can follow in a `// Note:` comment."""
    message = shorten(diagnostic["message"])
    label = shorten(span.get("label") or "")
    helps = [
        shorten(c["message"]) for c in diagnostic.get("children", [])
        if c["level"] == "help" and "\n" not in c["message"] and len(c["message"]) < 120
    ]
    bound = re.search(r"the trait bound `([^`]+): AsExpression<(?:Nullable<)?(\w+)>?>` is not satisfied", message)
    if bound:
        value, sql = bound.groups()
        rust = RUST_FOR_SQL.get(sql)
        hint = f"a `{sql}` column takes {rust + ' values' if rust else 'values of its type'}, not `{value}`"
    elif (found := re.search(r"cannot deserialize a value of the database type `(\w+)` as `([^`]+)`", message)):
        sql, rust_type = found.groups()
        rust = RUST_FOR_SQL.get(sql)
        hint = f"the query gives `{sql}`, not `{rust_type}`" + (f": use {rust}" if rust else "")
    elif label.startswith("expected") and label not in message:
        hint = f"{message}: {label}"
    else:
        hint = message
    similar = next((h for h in helps if "similar name" in h or h.startswith("consider") or h.startswith("try")), None)
    if similar:
        hint += f"; {similar}"
    return hint[:200]

"""The transparency record of a run: prompt, raw answer, code, findings, timings.

Every run is kept so the user can see exactly what the model was asked and what it said; the
last ones are written under `.nocodo/runs/` of the workspace for the CLI and later sessions.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from .redact import redact_data

RunStatus = Literal["ok", "failed", "cancelled", "needs_input", "not_applicable", "error"]
KEEP_RUNS = 50


class FindingRecord(BaseModel):
    severity: str
    message: str


class EditRecord(BaseModel):
    start_line: int
    start_character: int
    end_line: int
    end_character: int
    new_text: str


class CompileRecord(BaseModel):
    """The compile check of one candidate (see nocodo.modes.compile)."""

    status: str  # ok | errors | skipped | cancelled
    reason: str = ""
    seconds: float = 0.0
    #: errors inside the generated item (they block), as `file:line:column: hint`
    item_errors: list[str] = []
    #: errors elsewhere in the crate (reported, never blocking)
    other_errors: list[str] = []
    #: the compiler's own rendered messages for the crate (errors and warnings)
    messages: list[str] = []


class Attempt(BaseModel):
    number: int
    prompt: str
    raw_response: str
    code: str
    findings: list[FindingRecord] = []
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    first_token_seconds: float = 0.0
    tokens_per_second: float = 0.0
    #: the compile check, when it ran on this attempt's code
    compile: CompileRecord | None = None
    #: the code was derived from the context in code; no model was called
    derived: bool = False

    @property
    def passed(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


class RunRecord(BaseModel):
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    mode: str
    file: str
    line: int
    character: int
    args: dict[str, str] = {}
    backend: str = ""
    started_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    status: RunStatus = "error"
    message: str = ""
    attempts: list[Attempt] = []
    code: str | None = None
    edits: list[EditRecord] = []
    #: the request as the mode read it, in plain words ("list bills where settled_at is empty")
    reading: str = ""
    #: with status needs_input: the argument to ask for, the question, and its choices if any
    missing: dict[str, Any] | None = None
    context_seconds: float = 0.0
    total_seconds: float = 0.0

    def without_secrets(self) -> "RunRecord":
        """A copy with the API key and anything shaped like a credential masked."""
        return RunRecord.model_validate(redact_data(self.model_dump()))

    def to_markdown(self) -> str:
        lines = [
            f"# nocodo run {self.id}: {self.mode} ({self.status})",
            "",
            f"- file: `{self.file}` at {self.line + 1}:{self.character + 1}",
            f"- args: {json.dumps(self.args)}",
            f"- backend: {self.backend}",
            f"- started: {self.started_at}; total {self.total_seconds:.2f} s (context {self.context_seconds:.3f} s)",
            f"- result: {self.message}",
            *([f"- read as: {self.reading}"] if self.reading else []),
        ]
        if self.code:
            lines += ["", "## Code", "", "```rust", self.code, "```"]
        for attempt in self.attempts:
            lines += [
                "",
                f"## Attempt {attempt.number}: {'passed' if attempt.passed else 'rejected'}",
                "",
                f"{attempt.prompt_tokens} prompt tokens, {attempt.completion_tokens} generated in "
                f"{attempt.seconds:.2f} s (first token after {attempt.first_token_seconds:.2f} s, "
                f"then {attempt.tokens_per_second:.1f} tokens/s)",
                "",
                "### Validation",
                "",
                *([f"- {f.severity}: {f.message}" for f in attempt.findings] or ["- no findings"]),
                *(
                    [
                        "",
                        f"### Compile check: {attempt.compile.status} in {attempt.compile.seconds:.2f} s",
                        "",
                        attempt.compile.reason,
                        *[f"- elsewhere: {e}" for e in attempt.compile.other_errors],
                        *(["", "```", *attempt.compile.messages, "```"] if attempt.compile.messages else []),
                    ]
                    if attempt.compile
                    else []
                ),
                "",
                "### Extracted code",
                "",
                "```rust",
                attempt.code,
                "```",
                "",
                "### Raw response",
                "",
                "```",
                attempt.raw_response,
                "```",
                "",
                "### Prompt",
                "",
                "```",
                attempt.prompt,
                "```",
            ]
        return "\n".join(lines) + "\n"


def runs_folder(workspace_root: Path) -> Path:
    return workspace_root / ".nocodo" / "runs"


def save_run(record: RunRecord, workspace_root: Path) -> Path | None:
    """Write the record; a read-only workspace only loses the copy on disk, never the run."""
    folder = runs_folder(workspace_root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{record.started_at.replace(':', '')}-{record.id}.json"
        path.write_text(record.without_secrets().model_dump_json(indent=1), encoding="utf-8")
        for old in sorted(folder.glob("*.json"))[:-KEEP_RUNS]:
            old.unlink(missing_ok=True)
        return path
    except OSError:
        return None


def last_saved_run(workspace_root: Path) -> RunRecord | None:
    folder = runs_folder(workspace_root)
    files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    # A damaged or foreign file is skipped: the newest record that reads is the last run.
    for path in reversed(files):
        try:
            return RunRecord.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
    return None

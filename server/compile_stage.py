"""The pipeline's compile stage: a candidate that passed its mode's checks meets the compiler.

The candidate is placed in its file's text and type-checked in a shadow copy of the crate
(nocodo.modes.compile). Errors inside the generated item become the next attempt's hints;
errors elsewhere in the user's crate are reported and never block. `compileCheck`:

- `auto`: check when cargo is found and the crate's dependencies are on this machine (cargo runs
  `--offline`, so a project whose dependencies were never fetched is skipped at once);
- `required`: a candidate is applied only once it compiles; a check that cannot run fails the
  run with the reason (cargo may use the network here, as the user's own setup says);
- `off`: never.

A TypeScript file (.ts, .tsx) is judged by the project's own TypeScript instead (a long-lived
language service per frontend, nocodo.modes.typecheck), under the `typeCheck` setting with the
same three values.
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass
from typing import NamedTuple

from nocodo.modes.base import Edit, Finding, Request
from nocodo.modes.compile import CompileResult, check_candidate
from nocodo.modes.edits import apply_edits
from nocodo.modes.frontend import TS_SUFFIXES
from nocodo.modes.typecheck import check_typescript

from .backends import Cancelled
from .config import Settings
from .runs import CompileRecord

#: rendered compiler messages kept per check in the run record
KEEP_MESSAGES = 12


@dataclass
class CompileStage:
    """What the pipeline needs from one check."""

    record: CompileRecord
    #: the errors inside the generated item, each with its hint for the next attempt (they block)
    errors: list[Finding]
    #: with `required`: why the check could not run, which fails the run
    refusal: str | None = None
    #: appended to the run's message when the code is applied
    note: str = ""


class _Kind(NamedTuple):
    """How a check is named in settings and messages."""

    setting: str
    label: str
    failure: str


_COMPILE = _Kind("compileCheck", "compile check", "does not compile")
_TYPE = _Kind("typeCheck", "type check", "does not type-check")


def check_setting(request: Request, settings: Settings) -> str:
    """The setting that governs the check of this file: typeCheck for TypeScript, else compileCheck."""
    return settings.type_check if request.path.suffix in TS_SUFFIXES else settings.compile_check


def compile_stage(
    request: Request,
    edits: list[Edit],
    settings: Settings,
    cancel: threading.Event | None = None,
) -> CompileStage:
    """Check the candidate the edits make; raise Cancelled when the user cancels meanwhile."""
    new_text = apply_edits(request.text, edits)
    if request.path.suffix in TS_SUFFIXES:
        result = check_typescript(
            request.path,
            new_text,
            changed_lines(request.text, new_text),
            open_documents={p: t for p, t in request.workspace.open_documents.items() if p != request.path},
            cancelled=cancel.is_set if cancel is not None else None,
        )
        return _stage(result, settings.type_check, _TYPE)
    result = check_candidate(
        request.path,
        new_text,
        changed_lines(request.text, new_text),
        workspace_root=request.workspace.root,
        open_documents={p: t for p, t in request.workspace.open_documents.items() if p != request.path},
        cargo_config=settings.cargo_config,
        target_dir=settings.cargo_target_dir,
        offline=settings.compile_check == "auto",
        cancelled=cancel.is_set if cancel is not None else None,
    )
    return _stage(result, settings.compile_check, _COMPILE)


def _stage(result: CompileResult, setting: str, kind: _Kind) -> CompileStage:
    if result.status == "cancelled":
        raise Cancelled()
    errors = [Finding("error", f"{kind.failure}: {m.describe()}", hint=m.hint) for m in result.item_errors]
    refusal = None
    if setting == "required" and result.status == "skipped":
        refusal = f"{kind.setting} is required but the check could not run: {result.reason}"
    return CompileStage(to_record(result), errors, refusal, f"; {kind.label}: {result.reason}")


def to_record(result: CompileResult) -> CompileRecord:
    return CompileRecord(
        status=result.status,
        reason=result.reason,
        seconds=result.seconds,
        item_errors=[m.describe() for m in result.item_errors],
        other_errors=[m.describe() for m in result.other_errors],
        messages=result.rendered[:KEEP_MESSAGES],
    )


def changed_lines(old: str, new: str) -> list[tuple[int, int]]:
    """The 0-based inclusive line ranges of `new` that differ from `old`: what was generated."""
    ranges = []
    matcher = difflib.SequenceMatcher(None, old.split("\n"), new.split("\n"), autojunk=False)
    for tag, _, _, first, end in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            ranges.append((first, end - 1))
    return ranges

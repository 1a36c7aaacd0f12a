"""The pipeline's compile stage: a candidate that passed its mode's checks meets the compiler.

The candidate is placed in its file's text and type-checked in a shadow copy of the crate
(nocodo.modes.compile). Errors inside the generated item become the next attempt's hints;
errors elsewhere in the user's crate are reported and never block. `compileCheck`:

- `auto`: check when cargo is found and the crate's dependencies are on this machine (cargo runs
  `--offline`, so a project whose dependencies were never fetched is skipped at once);
- `required`: a candidate is applied only once it compiles; a check that cannot run fails the
  run with the reason (cargo may use the network here, as the user's own setup says);
- `off`: never.
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass

from nocodo.modes.base import Edit, Finding, Request
from nocodo.modes.compile import CompileResult, check_candidate
from nocodo.modes.edits import apply_edits

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


def compile_stage(
    request: Request,
    edits: list[Edit],
    settings: Settings,
    cancel: threading.Event | None = None,
) -> CompileStage:
    """Check the candidate the edits make; raise Cancelled when the user cancels meanwhile."""
    new_text = apply_edits(request.text, edits)
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
    if result.status == "cancelled":
        raise Cancelled()
    errors = [Finding("error", f"does not compile: {m.describe()}", hint=m.hint) for m in result.item_errors]
    refusal = None
    if settings.compile_check == "required" and result.status == "skipped":
        refusal = f"compileCheck is required but the check could not run: {result.reason}"
    return CompileStage(to_record(result), errors, refusal, f"; compile check: {result.reason}")


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

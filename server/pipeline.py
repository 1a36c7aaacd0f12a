"""The one pipeline every mode runs through.

context -> prompt -> generate -> post-process -> validate (retry with hints) -> place.
It never applies anything itself: it returns the record with the edits for the caller (the
language server or the CLI) to apply.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from nocodo.modes.base import Mode, ModeError, NeedsInput, Request

from .backends import BackendError, Cancelled, CompletionRequest
from .backends.base import Backend
from .compile_stage import compile_stage
from .config import Settings
from .redact import redact
from .runs import Attempt, EditRecord, FindingRecord, RunRecord

#: Called with a short message and a percentage as the run advances.
Progress = Callable[[str, int], None]


def run_mode(
    mode: Mode,
    request: Request,
    backend: Backend,
    settings: Settings,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> RunRecord:
    """Run `mode` once; the record's status says how it ended (never raises for user errors)."""
    report = progress or (lambda message, percent: None)
    started = time.perf_counter()
    record = RunRecord(
        mode=mode.id,
        file=str(request.path),
        line=request.line,
        character=request.character,
        args=dict(request.args),
        backend=backend.describe(),
    )
    try:
        report("reading context", 5)
        context = mode.context(request)
        record.reading = mode.reading(context)
        prompt = mode.prompt(context, mode.patterns())
        record.context_seconds = time.perf_counter() - started
        hints: list[str] = []
        attempts = 1 + settings.max_retries
        for number in range(1, attempts + 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled before the next attempt")
            report(f"generating (attempt {number} of {attempts})", 10 + 80 * (number - 1) // attempts)
            text = prompt.render(hints, mode.hint_indent(context))
            completion = backend.complete(
                CompletionRequest(
                    prompt=text,
                    max_tokens=mode.max_tokens,
                    # A retry that repeats the same near-greedy answer is wasted: vary it.
                    temperature=min(1.0, settings.temperature + 0.35 * (number - 1)),
                    stop=list(mode.stop),
                    grammar=prompt.grammar,
                    seed=41 + number,
                    shared_prefix=prompt.prefix,
                ),
                stop_when=(lambda generated: mode.complete_when(prompt.prefill + generated))
                if mode.complete_when
                else None,
                cancel=cancel,
            )
            code = mode.extract(prompt.prefill + completion.text, context)
            findings = mode.validate(code, context)
            record.attempts.append(
                Attempt(
                    number=number,
                    prompt=text,
                    raw_response=completion.text,
                    code=code,
                    findings=[FindingRecord(severity=f.severity, message=f.message) for f in findings],
                    prompt_tokens=completion.prompt_tokens,
                    cached_prompt_tokens=completion.cached_prompt_tokens,
                    completion_tokens=completion.completion_tokens,
                    seconds=round(completion.seconds, 3),
                    first_token_seconds=round(completion.first_token_seconds, 3),
                    tokens_per_second=round(completion.tokens_per_second, 1),
                )
            )
            errors = [f for f in findings if f.severity == "error"]
            # ---- compile stage (server/compile_stage.py): the compiler judges what passed validation ----
            compiled = ""
            if not errors and settings.compile_check != "off":
                report(f"compile check (attempt {number})", 10 + 80 * number // attempts - 5)
                stage = compile_stage(request, mode.place(code, context), settings, cancel)
                record.attempts[-1].compile = stage.record
                record.attempts[-1].findings += [FindingRecord(severity=f.severity, message=f.message) for f in stage.errors]
                if stage.refusal:
                    record.status = "failed"
                    record.message = stage.refusal
                    return record
                errors, compiled = stage.errors, stage.note
            # ---- end of the compile stage ----
            if not errors:
                report("placing the result", 95)
                record.code = code
                record.edits = [EditRecord(**edit.__dict__) for edit in mode.place(code, context)]
                record.status = "ok"
                record.message = f"generated on attempt {number}" + (f": {record.reading}" if record.reading else "") + compiled
                return record
            if any(earlier.code == code for earlier in record.attempts[:-1]):
                break  # the model repeats itself: another try would cost time and say nothing new
            hints = list(dict.fromkeys(f.hint for f in errors if f.hint))[:3]
        last = record.attempts[-1]
        problems = "; ".join(f.message for f in last.findings if f.severity == "error")
        record.status = "failed"
        wanted = f" ({record.reading})" if record.reading else ""
        record.message = f"no valid code{wanted} after {len(record.attempts)} attempt(s); nothing was changed: {problems}"
        return record
    except NeedsInput as missing:
        record.status = "needs_input"
        record.message = missing.prompt
        record.missing = {
            "name": missing.arg,
            "prompt": missing.prompt,
            "choices": [{"label": c.label, "value": c.value} for c in missing.choices],
        }
        return record
    except ModeError as error:
        record.status = "not_applicable"
        record.message = str(error)
        return record
    except Cancelled:
        record.status = "cancelled"
        record.message = "cancelled; nothing was changed"
        return record
    except BackendError as error:
        record.status = "error"
        record.message = redact(f"model error: {error}")
        return record
    finally:
        record.total_seconds = round(time.perf_counter() - started, 3)

"""The one pipeline every mode runs through.

context -> prompt -> generate -> post-process -> validate (retry with hints) -> place.
It never applies anything itself: it returns the record with the edits for the caller (the
language server or the CLI) to apply.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from nocodo.modes import glossary
from nocodo.modes.base import Mode, ModeError, NeedsInput, Request

from .backends import BackendError, Cancelled, CompletionRequest
from .backends.base import Backend
from .compile_stage import check_setting, compile_stage
from .config import Settings
from .redact import redact
from .runs import Attempt, EditRecord, FindingRecord, RunRecord

#: the choice every question with choices ends with: the person says it in their own words
SOMETHING_ELSE = "Something else: I will say it in other words"

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
        record.context_seconds = time.perf_counter() - started
        derived = mode.derive(context)
        if derived is not None:
            report("checking the derived code", 50)
            record.attempts.append(Attempt(number=1, prompt="", raw_response="", code=derived, derived=True))
            errors, compiled = _check(mode, request, context, derived, record, settings, cancel)
            if record.status == "failed":
                return record
            if not errors:
                return _placed(mode, request, context, derived, record, "derived without the model" + (f": {record.reading}" if record.reading else "") + compiled)
            problems = "; ".join(f.message for f in errors)
            record.status = "failed"
            record.message = f"the derived code does not pass its checks; nothing was changed: {problems}"
            return record
        prompt = mode.prompt(context, mode.patterns())
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
            record.attempts.append(
                Attempt(
                    number=number,
                    prompt=text,
                    raw_response=completion.text,
                    code=code,
                    prompt_tokens=completion.prompt_tokens,
                    cached_prompt_tokens=completion.cached_prompt_tokens,
                    completion_tokens=completion.completion_tokens,
                    seconds=round(completion.seconds, 3),
                    first_token_seconds=round(completion.first_token_seconds, 3),
                    tokens_per_second=round(completion.tokens_per_second, 1),
                )
            )
            report(f"checking attempt {number}", 10 + 80 * number // attempts - 5)
            errors, compiled = _check(mode, request, context, code, record, settings, cancel)
            if record.status == "failed":
                return record
            if not errors:
                return _placed(mode, request, context, code, record, f"generated on attempt {number}" + (f": {record.reading}" if record.reading else "") + compiled)
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
        if missing.choices:
            # the way out when no reading fits: the client asks for words, sent as the answer
            record.missing["other"] = SOMETHING_ELSE
            if missing.other:
                record.missing["other_value"] = missing.other
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


def _check(mode: Mode, request: Request, context, code: str, record: RunRecord, settings: Settings, cancel):
    """Validate `code` (the record's last attempt), then let the compiler judge what passed.

    Returns the blocking findings and the compile note for the message. A compile stage that
    refuses outright (a `required` check that cannot run) marks the record failed.
    """
    attempt = record.attempts[-1]
    findings = mode.validate(code, context)
    attempt.findings = [FindingRecord(severity=f.severity, message=f.message) for f in findings]
    errors = [f for f in findings if f.severity == "error"]
    if errors or check_setting(request, settings) == "off":
        return errors, ""
    stage = compile_stage(request, mode.place(code, context), settings, cancel)
    attempt.compile = stage.record
    attempt.findings += [FindingRecord(severity=f.severity, message=f.message) for f in stage.errors]
    if stage.refusal:
        record.status = "failed"
        record.message = stage.refusal
    return stage.errors, stage.note


def _placed(mode: Mode, request: Request, context, code: str, record: RunRecord, message: str) -> RunRecord:
    record.code = code
    record.edits = [EditRecord(**edit.__dict__) for edit in mode.place(code, context)]
    record.status = "ok"
    record.message = message + _remembered(mode, request, context)
    return record


def _remembered(mode: Mode, request: Request, context) -> str:
    """Keep the person's answers in the project's glossary; the note says where they went."""
    scope, answers = mode.answers(context)
    if not answers:
        return ""
    try:
        kept = glossary.remember(request.workspace.root, scope, answers)
    except (OSError, ModeError) as error:
        return f" (your answers could not be kept in {glossary.GLOSSARY}: {error})"
    return f" (kept in {glossary.GLOSSARY}: {glossary.listed(kept)})" if kept else ""

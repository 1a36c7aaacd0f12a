"""Checks of one middleware: every placeholder is filled, it has its parts, and the file still
parses with it in place (the compiler judges the rest)."""

from __future__ import annotations

import re

from ...base import Finding
from ..checks import placed_findings
from .context import MiddlewareContext
from .place import place, split


def validate(code: str, context: MiddlewareContext) -> list[Finding]:
    left = sorted(set(re.findall(r"__(\w+?)__", code)))
    if left:
        return [Finding("error", f"placeholders left unfilled: {', '.join(left)}")]
    try:
        parts = split(code)
    except StopIteration:
        return [Finding("error", "the middleware has no `fn app() { App::new()... }` holding its calls")]
    if not re.search(r"\.\s*wrap(_fn)?\s*\(", parts.chain):
        return [Finding("error", "the middleware's chain has no .wrap(...) or .wrap_fn(...) call")]
    _, findings = placed_findings(context.request.text, place(code, context), "the middleware")
    return findings

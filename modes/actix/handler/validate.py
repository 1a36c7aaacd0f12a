"""Checks of one handler before the compiler: it parses in place, its route is new and matches
its extractors, and it calls only functions and names only types the crate has."""

from __future__ import annotations

import re

from ...base import Finding
from ..checks import placed_findings, route_findings, unknown_function_findings, unknown_type_findings
from ..model_api import model_functions
from .context import HandlerContext
from .place import place


_TYPE_ALIAS = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?type\s+(\w+)", re.M)


def validate(code: str, context: HandlerContext) -> list[Finding]:
    _, findings = placed_findings(context.request.text, place(code, context), "the handler")
    if findings:
        return findings
    findings = route_findings(code, context.routes, context.module)
    if not any(f.severity == "error" for f in findings) and "async fn" not in code:
        findings.append(Finding("error", "the answer holds no async handler function"))
    known_types = {s.name for parsed in context.crate.files.values() for s in parsed.structs}
    known_types |= {e.name for parsed in context.crate.files.values() for e in parsed.enums}
    known_types |= context.pool_names
    # the crate's type aliases (`pub type ApiResult<T> = Result<T, AppError>`)
    known_types |= {name for parsed in context.crate.files.values() for name in _TYPE_ALIAS.findall(parsed.text)}
    findings += unknown_type_findings(code, known_types)
    functions = {f.name for f in model_functions(context.crate, context.model.name, context.pool_names)}
    findings += unknown_function_findings(code, context.model.name, functions)
    return findings + _undeclared_module_findings(context)


def _undeclared_module_findings(context: HandlerContext) -> list[Finding]:
    """A handler in a file no `mod` declares is never compiled, so never served: say so."""
    parent, _, stem = context.module.rpartition("::")
    if not stem or context.request.path.stem in ("mod", "main", "lib"):
        return []
    declaring = context.crate.file_of_module(parent) if parent else next(
        (path for path in context.crate.files if path.parent == context.crate.root / "src" and path.stem in ("main", "lib")), None
    )
    declared = declaring is not None and re.search(rf"\bmod\s+{stem}\s*;", context.crate.files[declaring].text)
    if declared:
        return []
    where = f"src/{parent.replace('::', '/')}/mod.rs" if parent else "src/main.rs"
    return [Finding("warning", f"{context.request.path.name} is not declared as a module: add `pub mod {stem};` to {where} so the handler is compiled")]

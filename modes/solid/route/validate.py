"""The router file must parse, route only to components it declares, and each path once."""

from __future__ import annotations

from ...base import Finding
from ..checks import module_findings
from ..project import routes_in
from .context import RouteContext


def validate(code: str, context: RouteContext) -> list[Finding]:
    findings = module_findings(code, context.project, context.request.path)
    paths = [route.path for route in routes_in(code)]
    for path in sorted({p for p in paths if paths.count(p) > 1}):
        findings.append(Finding("error", f"`{path}` is routed twice"))
    return findings

"""Checks of the registrations: they parse in place, each names a routed handler of the crate
that is not registered yet, and no two registered handlers answer the same route."""

from __future__ import annotations

import re

from ...base import Finding
from ..checks import placed_findings
from .context import RouterContext, registered_routes
from .place import place

_SERVICE = re.compile(r"\.service\(\s*([\w:]+)\s*\)")


def validate(code: str, context: RouterContext) -> list[Finding]:
    _, findings = placed_findings(context.request.text, place(code, context), "the registration")
    if findings:
        return findings
    routes = [r for r in context.crate.routes() if not r.by_call]
    taken = {r.key: r for r in context.registered}
    for written in _SERVICE.findall(code):
        named = registered_routes(routes, [(written, context.module)])
        if not named:
            findings.append(Finding("error", f"`{written}` is not a handler with a route macro in this crate"))
            continue
        route = named[0]
        if route in context.registered:
            findings.append(Finding("error", f"`{route.function}` is already registered"))
        elif route.key in taken:
            other = taken[route.key]
            findings.append(Finding("error", f"{route.method.upper()} {route.path} is already answered by {other.module}::{other.function}"))
        taken[route.key] = route
    if not _SERVICE.search(code):
        findings.append(Finding("error", "the answer registers no handler"))
    return findings

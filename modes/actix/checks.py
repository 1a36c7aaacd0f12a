"""Checks any generated Actix code passes before the compiler sees it: it parses where it is
placed, its handlers' routes are new and their path parameters match their extractors, and the
functions and types it names exist."""

from __future__ import annotations

import re

from ..base import Edit, Finding
from ..diesel.checks import KNOWN_TYPES, type_names
from ..edits import apply_edits
from ..diesel.models import read_rust_file
from ..syntax import Node, parse, syntax_problems, text_of, walk
from .crate import Route, routes_in

#: types of actix-web, serde and std a handler or middleware names without defining them
ACTIX_TYPES = {
    "HttpResponse", "HttpRequest", "Data", "Path", "Query", "Json", "Responder", "App", "HttpServer",
    "ServiceRequest", "ServiceResponse", "ErrorHandlers", "ErrorHandlerResponse", "DefaultHeaders",
    "Logger", "StatusCode", "HeaderValue", "HeaderName", "Method", "Deserialize", "Serialize",
    "AtomicU64", "Ordering", "Service", "EitherBody", "BoxBody", "Ok", "Err", "Some", "None", "Send", "Sync",
    "Arc", "From", "Into",
}


def placed_findings(text: str, edits: list[Edit], what: str) -> tuple[str, list[Finding]]:
    """The file's text with the edits applied, and a finding if the result does not parse."""
    placed = apply_edits(text, edits)
    before = {(p.line, p.snippet) for p in syntax_problems(parse(text))}
    problems = [p for p in syntax_problems(parse(placed)) if (p.line, p.snippet) not in before]
    if problems:
        return placed, [Finding("error", f"{what} does not parse where it is placed: " + problems[0].describe())]
    return placed, []


def route_findings(code: str, existing: list[Route], module: str) -> list[Finding]:
    """Each routed function of `code`: a new name, a new route, path parameters that match."""
    parsed = read_rust_file(code)
    findings = []
    for route in routes_in(parsed, module, None):
        if any(r.function == route.function and r.module == module for r in existing):
            findings.append(Finding("error", f"a handler `{route.function}` already exists in this module"))
        clash = next((r for r in existing if r.key == route.key), None)
        if clash is not None:
            findings.append(Finding("error", f"{route.method.upper()} {route.path} is already routed to {clash.module}::{clash.function}"))
        function = next(n for n in walk(parsed.tree.root_node) if n.type == "function_item" and text_of(n.child_by_field_name("name")) == route.function)
        findings += _path_extractor_findings(route, function)
    return findings


def _path_extractor_findings(route: Route, function: Node) -> list[Finding]:
    extractors = [
        text_of(p.child_by_field_name("type"))
        for p in function.child_by_field_name("parameters").named_children
        if p.type == "parameter" and re.match(r"(web::)?Path<", text_of(p.child_by_field_name("type")))
    ]
    params = route.params
    if not extractors:
        return [Finding("error", f"the route {route.path} has path parameters ({', '.join(params)}) but `{route.function}` takes no web::Path")] if params else []
    inner = extractors[0][extractors[0].index("<") + 1 : -1].strip()
    arity = len(_top_level_split(inner[1:-1])) if inner.startswith("(") else 1
    if arity != len(params):
        return [Finding("error", f"`{route.function}` takes {arity} path value(s) but its route {route.path} has {len(params)}: {', '.join(params) or 'none'}")]
    return []


def _top_level_split(text: str) -> list[str]:
    """`i32, Vec<(i32, i32)>` -> ["i32", " Vec<(i32, i32)>"]: commas inside brackets stay."""
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p for p in parts + [current] if p.strip()]


def unknown_type_findings(code: str, known: set[str]) -> list[Finding]:
    root = parse(code).root_node
    defined = {text_of(n.child_by_field_name("name")) for n in walk(root) if n.type in ("struct_item", "enum_item")}
    names = type_names(root) - defined - {"_"}
    return [
        Finding("error", f"the code names the type `{name}`, which the crate does not define", hint=f"there is no type {name}")
        for name in sorted(names - known - KNOWN_TYPES - ACTIX_TYPES)
    ]


def unknown_function_findings(code: str, type_name: str, functions: set[str]) -> list[Finding]:
    """`Type::function(` calls of `code` that `Type` does not have (Diesel's derived ones aside)."""
    derived = {"as_select", "as_returning", "belonging_to", "table"}
    called = set(re.findall(rf"\b{re.escape(type_name)}::(\w+)\s*\(", code))
    return [
        Finding("error", f"`{type_name}` has no function `{name}`", hint=f"{type_name} has only: {', '.join(sorted(functions))}")
        for name in sorted(called - functions - derived)
    ]

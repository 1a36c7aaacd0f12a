"""The registrations: one `.service(path)` line per missing handler, in the chain's own style."""

from __future__ import annotations

from pathlib import Path

from .context import RouterContext, written_path

_TEMPLATE = Path(__file__).parent / "patterns" / "01_service.rs"


def registration_line() -> str:
    """The template's registration: `.service(__handler_path__)`."""
    line = next(l for l in _TEMPLATE.read_text(encoding="utf-8").split("\n") if "__handler_path__" in l)
    return line.strip().rstrip(";")


def derive(context: RouterContext) -> str:
    template = registration_line()
    lines = [
        context.indent + template.replace("__handler_path__", written_path(route, context.module, context.absolute))
        for route in context.missing
    ]
    if context.statement is None:
        return "\n".join(lines)
    # the first statement of an empty configure function: `cfg.service(a)` then `.service(b);`
    lines = [context.indent + context.statement + lines[0].strip()] + ["    " + line for line in lines[1:]]
    return "\n".join(lines) + ";"

"""The registrations go right after the last call of the chain that registers handlers."""

from __future__ import annotations

from ...base import Edit
from .context import RouterContext


def place(code: str, context: RouterContext) -> list[Edit]:
    """Each registration after the chain's last, or before the registration that would shadow it.

    The code's lines are the registrations of `context.missing`, in order."""
    appended, edits = [], []
    for route, registration in zip(context.missing, code.split("\n")):
        if route in context.before:
            line, character = context.before[route]
            edits.append(Edit(line, character, line, character, registration.strip() + "\n" + context.indent))
        else:
            appended.append(registration)
    appended += code.split("\n")[len(context.missing) :]
    if appended:
        line, character = context.anchor
        edits.append(Edit(line, character, line, character, "\n" + "\n".join(appended) + context.closing))
    return edits

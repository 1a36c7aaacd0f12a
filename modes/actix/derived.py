"""What the Actix modes share as modes whose code is always derived from the crate."""

from __future__ import annotations

from ..base import ModeError, Pattern, Prompt, Request


def derived_only(context, patterns: list[Pattern]) -> Prompt:
    """The Actix modes derive every answer (Mode.derive), so the pipeline never prompts them; a
    Mode still declares a prompt, and this one says why there is none instead of inventing one."""
    raise ModeError("this mode writes its code from the crate and never asks the model")


def applies_in_crate_file(request: Request) -> bool:
    """Cheap (no workspace scan): a Rust file of an Actix crate other than schema.rs."""
    if request.path.suffix != ".rs" or request.path.name == "schema.rs":
        return False
    return "actix_web" in request.text or "handlers" in request.path.parts


def applies_to_app(request: Request) -> bool:
    """Cheap: a Rust file that builds the app or configures its services."""
    return request.path.suffix == ".rs" and ("App::new()" in request.text or "ServiceConfig" in request.text)

"""Why a mode cannot run: errors whose message tells the user what to do instead.

They live apart from base.py so the modules base.py itself uses (workspace.py) can raise them.
"""

from __future__ import annotations

from dataclasses import dataclass


class ModeError(Exception):
    """The mode cannot run here; the message tells the user what to do instead."""


@dataclass(frozen=True)
class Choice:
    """One answer to a question: what the user sees, and the argument value that answer sends."""

    label: str
    value: str


class NeedsInput(ModeError):
    """A required argument is missing, or a word of the request can be read more than one way.

    With `choices` the client offers them (a quick pick, `vim.ui.select`); without, free text.
    `other` is the argument value for an answer in the person's own words, with `{answer}` where
    their words go (so earlier answers ride along); without it the words are sent as they are."""

    def __init__(self, arg: str, prompt: str, choices: tuple[Choice, ...] = (), other: str | None = None):
        super().__init__(prompt)
        self.arg = arg
        self.prompt = prompt
        self.choices = choices
        self.other = other

"""Why a mode cannot run: errors whose message tells the user what to do instead.

They live apart from base.py so the modules base.py itself uses (workspace.py) can raise them.
"""

from __future__ import annotations


class ModeError(Exception):
    """The mode cannot run here; the message tells the user what to do instead."""


class NeedsInput(ModeError):
    """A required argument is missing and nothing at the cursor supplies it."""

    def __init__(self, arg: str, prompt: str):
        super().__init__(prompt)
        self.arg = arg
        self.prompt = prompt

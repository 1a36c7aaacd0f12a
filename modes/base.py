"""What a mode is: a small declarative unit the shared pipeline runs.

A mode says where it applies, how it reads its context, how it writes its prompt, how it checks
the model's answer and where that answer goes. Everything else (calling the model, retrying,
stopping at the end of the item, keeping the transparency record) is the pipeline's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .workspace import Workspace


class ModeError(Exception):
    """The mode cannot run here; the message tells the user what to do instead."""


@dataclass(frozen=True)
class Choice:
    """One answer to a question: what the user sees, and the argument value that answer sends."""

    label: str
    value: str


class NeedsInput(ModeError):
    """A required argument is missing, or a word of the request can be read more than one way.

    With `choices` the client offers them (a quick pick, `vim.ui.select`); without, free text."""

    def __init__(self, arg: str, prompt: str, choices: tuple[Choice, ...] = ()):
        super().__init__(prompt)
        self.arg = arg
        self.prompt = prompt
        self.choices = choices


@dataclass(frozen=True)
class ModeArg:
    name: str
    description: str
    required: bool = False


@dataclass
class Request:
    """One invocation: the document, the cursor (0-based, LSP style) and the mode's arguments."""

    path: Path
    text: str
    line: int
    character: int
    workspace: Workspace
    args: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" blocks the result; "warning" is only reported
    message: str
    #: a hint written into the prompt of the next attempt, for a base model to follow
    hint: str | None = None


@dataclass(frozen=True)
class Edit:
    """Replace [start, end) (0-based line/UTF-16 character, as in LSP) with `new_text`."""

    start_line: int
    start_character: int
    end_line: int
    end_character: int
    new_text: str


@dataclass
class Prompt:
    #: the part shared by every request of a mode (instructions + pattern library): cached
    prefix: str
    #: the request's own context, ending where the code should begin
    context: str
    #: text the prompt ends with that is also the start of the result (e.g. "pub fn find_by_email(")
    prefill: str = ""
    #: a GBNF grammar the continuation must follow, when the mode can state one
    grammar: str | None = None

    def render(self, hints: list[str] | None = None, hint_indent: str = "") -> str:
        notes = "".join(f"{hint_indent}// Note: {hint}\n" for hint in hints or [])
        return self.prefix + self.context + notes + self.prefill


@dataclass(frozen=True)
class Pattern:
    name: str
    text: str


def load_patterns(folder: Path) -> list[Pattern]:
    """The pattern library: plain example files, in file-name order."""
    return [
        Pattern(path.stem, path.read_text(encoding="utf-8").strip() + "\n")
        for path in sorted(folder.iterdir())
        if path.suffix in (".rs", ".tsx", ".ts") and path.is_file()
    ]


@dataclass(frozen=True)
class Mode:
    id: str
    title: str
    language: str
    description: str
    args: tuple[ModeArg, ...]
    patterns_dir: Path
    #: cheap check used to list code actions: no model call, no workspace scan
    applies: Callable[[Request], bool]
    #: reads what the prompt needs; raises ModeError / NeedsInput
    context: Callable[[Request], Any]
    prompt: Callable[[Any, list[Pattern]], Prompt]
    #: turns the model's text (prefill included) into the code to check
    extract: Callable[[str, Any], str]
    validate: Callable[[str, Any], list[Finding]]
    place: Callable[[str, Any], list[Edit]]
    max_tokens: int = 320
    stop: tuple[str, ...] = ()
    #: a function returning True once the streamed text holds a complete item
    complete_when: Callable[[str], bool] | None = None
    #: indentation of hint comments in retries, to sit naturally where the prompt ends
    hint_indent: Callable[[Any], str] = lambda context: ""
    #: the request as the mode read it, in plain words, shown with the result
    reading: Callable[[Any], str] = lambda context: ""

    def patterns(self) -> list[Pattern]:
        return load_patterns(self.patterns_dir)

    def summary(self) -> dict:
        """The public description clients list (`nocodo modes --json`, `nocodo.listModes`)."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "description": self.description,
            "args": [{"name": a.name, "description": a.description, "required": a.required} for a in self.args],
        }

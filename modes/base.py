"""What a mode is: a small declarative unit the shared pipeline runs.

A mode says where it applies, how it reads its context, how it writes its prompt, how it checks
the model's answer and where that answer goes. Everything else (calling the model, retrying,
stopping at the end of the item, keeping the transparency record) is the pipeline's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import Choice, ModeError, NeedsInput  # noqa: F401  (re-exported: modes import them from here)
from .workspace import Workspace


@dataclass(frozen=True)
class ModeArg:
    name: str
    description: str
    required: bool = False
    #: the value names code (a function, table or struct): refused unless it is an identifier
    identifier: bool = False


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


#: the suffixes a pattern file may have, for each language a mode writes
PATTERN_SUFFIXES: dict[str, tuple[str, ...]] = {"rust": (".rs",), "typescript": (".ts", ".tsx")}

#: a mode's id: a lowercase family and name, dotted, as its folder under modes/ is (diesel.model_fn)
_MODE_ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
_ARG_NAME = re.compile(r"[a-z][a-z0-9_]*")


class ModeDeclarationError(ValueError):
    """A `Mode(...)` declaration that cannot work; raised when the mode is declared (at import)."""


def pattern_files(folder: Path) -> list[Path]:
    """The files of a pattern library, in file-name order; hidden files and folders are ignored."""
    return [path for path in sorted(folder.iterdir()) if path.is_file() and not path.name.startswith(".")]


def load_patterns(folder: Path, suffixes: tuple[str, ...] = (".rs", ".tsx", ".ts")) -> list[Pattern]:
    """The pattern library: plain example files, in file-name order.

    A file with another suffix is an error rather than skipped, so a prompt never silently loses
    its examples.
    """
    patterns = []
    for path in pattern_files(folder):
        if path.suffix not in suffixes:
            raise ModeDeclarationError(f"pattern file {path} is not one of {', '.join(suffixes)}")
        patterns.append(Pattern(path.stem, path.read_text(encoding="utf-8").strip() + "\n"))
    return patterns


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
    #: the code, when the context settles all of it (no judgement or naming left for the model):
    #: it is then validated, compiled and placed like a model's answer, and the model is not called
    derive: Callable[[Any], str | None] = lambda context: None
    #: the person's answers to this run's questions, kept in the project's glossary once the
    #: code is placed so they are not asked again: (the table they were given for, {word: meaning})
    answers: Callable[[Any], tuple[str, dict[str, str]]] = lambda context: ("", {})

    def __post_init__(self) -> None:
        problems = declaration_problems(self)
        if problems:
            raise ModeDeclarationError(f"mode `{self.id}` is badly declared: " + "; ".join(problems))

    @property
    def folder(self) -> Path:
        """The mode's own folder: the one holding its patterns/ (and its tests/)."""
        return self.patterns_dir.parent

    def patterns(self) -> list[Pattern]:
        return load_patterns(self.patterns_dir, PATTERN_SUFFIXES[self.language])

    def summary(self) -> dict:
        """The public description clients list (`nocodo modes --json`, `nocodo.listModes`)."""
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "description": self.description,
            "args": [{"name": a.name, "description": a.description, "required": a.required} for a in self.args],
        }


def declaration_problems(mode: Mode) -> list[str]:
    """What can be checked of a mode without running it: names, texts, folders and pattern files."""
    problems = []
    if not isinstance(mode.id, str) or not _MODE_ID.fullmatch(mode.id):
        problems.append("its id must be dotted lowercase words, like diesel.model_fn")
    for name in ("title", "description"):
        if not isinstance(getattr(mode, name), str) or not getattr(mode, name).strip():
            problems.append(f"its {name} is empty")
    if mode.language not in PATTERN_SUFFIXES:
        problems.append(f"unknown language `{mode.language}` (known: {', '.join(PATTERN_SUFFIXES)})")
    names = [arg.name for arg in mode.args]
    for arg in mode.args:
        if not isinstance(arg, ModeArg):
            problems.append(f"argument {arg!r} is not a ModeArg")
            continue
        if not _ARG_NAME.fullmatch(arg.name):
            problems.append(f"argument `{arg.name}` must be a lowercase identifier")
        if not arg.description.strip():
            problems.append(f"argument `{arg.name}` has no description")
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"argument `{name}` is declared twice")
    for name in ("applies", "context", "prompt", "extract", "validate", "place", "hint_indent", "reading", "derive", "answers"):
        if not callable(getattr(mode, name)):
            problems.append(f"its {name} is not callable")
    if mode.complete_when is not None and not callable(mode.complete_when):
        problems.append("its complete_when is not callable")
    if not isinstance(mode.max_tokens, int) or mode.max_tokens <= 0:
        problems.append("its max_tokens must be a positive number")
    folder = Path(mode.patterns_dir)
    if isinstance(mode.id, str) and _MODE_ID.fullmatch(mode.id):
        expected = tuple(mode.id.split("."))
        if folder.parent.parts[-len(expected) :] != expected:
            problems.append(f"its folder {folder.parent} does not match its id (expected .../{'/'.join(expected)})")
    if not folder.is_dir():
        problems.append(f"its pattern folder {folder} does not exist")
    else:
        files = pattern_files(folder)
        suffixes = PATTERN_SUFFIXES.get(mode.language, ())
        if not files:
            problems.append(f"its pattern folder {folder} is empty")
        for path in files:
            if suffixes and path.suffix not in suffixes:
                problems.append(f"pattern file {path.name} is not one of {', '.join(suffixes)}")
            elif not path.read_text(encoding="utf-8").strip():
                problems.append(f"pattern file {path.name} is empty")
    return problems


def derived_only(context: Any, patterns: list[Pattern]) -> Prompt:
    """The prompt of a mode whose `derive` settles every request: the pipeline never asks for it."""
    raise ModeError("this mode derives its code from the project and never prompts the model")

"""One place where what a client sends is read into typed models.

Every `workspace/executeCommand` command (the per-mode aliases hand off to `nocodo.runMode`),
every planning request and the `nocodo plan` CLI parse their arguments here, so a wrong shape
(a list of numbers, a string, an object where a list belongs, a position out of range, a huge
id) always gets the same kind of answer: `BadArguments` with a sentence naming the field, what
was expected and an example.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nocodo.modes import Mode
from nocodo.modes.guard import UnsafeName, identifier

#: LSP positions are uintegers: 0 .. 2^31 - 1
MAX_POSITION = 2**31 - 1
#: SQLite integers are signed 64-bit
MAX_ID = 2**63 - 1

Line = Annotated[int, Field(ge=0, le=MAX_POSITION)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]

Model = TypeVar("Model", bound=BaseModel)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class BadArguments(ValueError):
    """Arguments of the wrong shape; the message says which and what was expected."""


class Position(BaseModel):
    model_config = ConfigDict(extra="ignore")

    line: Line
    character: Line


class RunModeParams(BaseModel):
    mode: str
    uri: str = Field(min_length=1)
    position: Position
    args: dict[str, str] = {}

    @field_validator("args", mode="before")
    @classmethod
    def empty_list_is_no_args(cls, value):
        # Lua clients encode an empty table as [] rather than {}.
        return {} if value == [] or value is None else value

    @field_validator("args")
    @classmethod
    def no_lone_surrogates(cls, value: dict[str, str]) -> dict[str, str]:
        # JSON can carry half a UTF-16 pair; it cannot be encoded for the model.
        return {k: LONE_SURROGATE.sub("\ufffd", v) for k, v in value.items()}


class ShowLastRunParams(BaseModel):
    uri: str | None = None


RUN_MODE_EXAMPLE = (
    '{"mode": "diesel.model_fn", "uri": "file:///.../owner.rs", "position": {"line": 12, "character": 4}, '
    '"args": {"name": "find_by_email"}}'
)


def shape(value: Any) -> str:
    """A short name for what a client sent: `a list of 3 numbers`, `a string`, `an object`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        kinds = sorted({shape(v).removeprefix("a ").removeprefix("an ") for v in value})
        return f"a list of {len(value)}" + (f" ({', '.join(kinds)})" if kinds else "")
    return type(value).__name__


def describe(error: ValidationError, limit: int = 3) -> str:
    """Every problem as `field: what is wrong (got ...)`, at most `limit` of them."""
    problems = []
    for issue in error.errors()[:limit]:
        where = ".".join(str(p) for p in issue["loc"]) or "arguments"
        got = issue.get("input")
        shown = json.dumps(got, default=str)[:60] if not isinstance(got, (dict, list)) else shape(got)
        problems.append(f"{where}: {issue['msg']}" + (f" (got {shown})" if issue["type"] != "missing" else ""))
    more = len(error.errors()) - limit
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


def plain(value: Any) -> Any:
    """pygls hands custom params over as namedtuples or attrs objects; the models want dicts."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def parse(model: type[Model], value: Any, what: str) -> Model:
    """`value` as `model`, or BadArguments naming `what` (a command or request) and each problem."""
    value = plain(value)
    if value is None:
        value = {}
    if not isinstance(value, dict):
        fields = ", ".join(model.model_fields)
        raise BadArguments(f"{what} takes an object with {fields}; got {shape(value)}")
    try:
        return model.model_validate(value)
    except ValidationError as error:
        raise BadArguments(f"bad arguments for {what}: {describe(error)}") from None


def command_object(arguments: Any, command: str, example: str) -> Any:
    """The one object a command takes, from `executeCommand`'s argument list."""
    arguments = plain(arguments)
    if arguments is None or arguments == []:
        return {}
    if isinstance(arguments, list) and len(arguments) == 1 and isinstance(arguments[0], dict):
        return arguments[0]
    raise BadArguments(f"{command} takes a list holding one object such as [{example}]; got {shape(arguments)}")


def check_mode_args(mode: Mode, args: dict[str, str]) -> dict[str, str]:
    """A mode's arguments, with those naming code (function, table, struct) checked as identifiers."""
    for arg in mode.args:
        value = args.get(arg.name)
        if arg.identifier and value:
            try:
                identifier(value, f"the {arg.name} of {mode.id}")
            except UnsafeName as error:
                raise BadArguments(str(error)) from None
    return args


def run_mode_params(arguments: Any, command: str, mode: str | None = None) -> RunModeParams:
    """`nocodo.runMode`'s arguments; the per-mode aliases pass their mode."""
    payload = command_object(arguments, command, RUN_MODE_EXAMPLE)
    if mode is not None:
        payload = {**payload, "mode": mode}
    return parse(RunModeParams, payload, command)

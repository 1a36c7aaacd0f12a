"""How this impl's own functions are written, so a new one reads like its neighbours.

A crate whose functions take `pool: &DbPool`, get a connection with a line of their own and
return `Result<_, diesel::result::Error>` gets new functions in that style, not in the pattern
library's `conn: &mut SqliteConnection` + `QueryResult<_>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Function, ImplBlock

_RESULT = re.compile(r"->\s*((?:diesel::)?QueryResult|(?:std::result::)?Result)<")
_ERROR = re.compile(r"->\s*(?:std::result::)?Result<.+,\s*([\w:]+)\s*>\s*(?:where|\{)", re.S)
_RUN = re.compile(r"\.(?:first|load|get_result|get_results|execute)(?:::<[^>]*>)?\(([^()]*)\)")


@dataclass(frozen=True)
class Style:
    #: the connection or pool parameter, as written: `conn: &mut SqliteConnection`, `pool: &DbPool`
    connection_param: str = "conn: &mut SqliteConnection"
    #: statements that get a connection from the pool, without indentation, one per line ("" for none)
    acquire: str = ""
    #: what a query is run with: `conn`, `&mut conn`
    run_with: str = "conn"
    #: the return type around a result: `QueryResult<{}>` or `Result<{}, diesel::result::Error>`
    result: str = "QueryResult<{}>"

    @property
    def connection_name(self) -> str:
        return self.connection_param.split(":")[0].strip()

    def returns(self, inner: str) -> str:
        return self.result.format(inner)

    def acquire_lines(self, indent: str) -> str:
        return "".join(f"{indent}{line}\n" for line in self.acquire.split("\n") if line)


def _connection_param(function: Function) -> tuple[str, str] | None:
    return next(
        ((name, written) for name, written in function.params.items() if re.search(r"Conn|Pool", written)), None
    )


def read_style(impl: ImplBlock) -> Style:
    """The style of the impl's query functions; the pattern library's when it has none."""
    for function in impl.functions:
        param = _connection_param(function)
        if param is None:
            continue
        name, written = param
        result = _result_template(function.source)
        if result is None:
            continue
        if "Pool" in written:
            acquire, local = _acquire(function.source, name)
            if acquire is None:
                continue
            run_with = _run_argument(function.source) or f"&mut {local}"
            return Style(f"{name}: {written}", acquire, run_with, result)
        return Style(f"{name}: {written}", "", name, result)
    return Style()


def _result_template(source: str) -> str | None:
    match = _RESULT.search(source)
    if match is None:
        return None
    if "QueryResult" in match.group(1):
        return match.group(1) + "<{}>"
    error = _ERROR.search(source)
    return f"{match.group(1)}<{{}}, {error.group(1)}>" if error else None


def _acquire(source: str, pool: str) -> tuple[str | None, str]:
    """`let mut conn = pool.get()...?;`: the statement (it may span lines) and the name it binds."""
    body = source[source.index("{") + 1 :]
    match = re.search(rf"let\s+(?:mut\s+)?(\w+)\s*=\s*{re.escape(pool)}\s*\.\s*get\(\).*?;", body, re.S)
    if match is None:
        return None, ""
    lines = [line.strip() for line in match.group(0).split("\n")]
    statement = lines[0] + "".join(("\n    " + line) for line in lines[1:])
    return statement, match.group(1)


def _run_argument(source: str) -> str | None:
    match = _RUN.search(source)
    return match.group(1).strip() if match else None

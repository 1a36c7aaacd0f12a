"""What the tests of every mode share: case files, a request at a position, the fixture crates.

A mode's reading and validation tests are data: a TOML file beside its tests (`tests/cases.toml`)
holds one table per case, and one parametrized test runs each table, with the case's `id` as
the test id (`pytest -k misspelt-column`). A new rule or word then brings a case, not a test
function. The checks a case can ask for are the same in every mode:

- reading a request: `needs_input = "table"` (the argument asked for), `refused = "regex"` (a
  `ModeError` whose message matches), or `expect = {...}` (what the context reads, compared key
  by key with what the mode's test reports of it);
- validating code: `passes = true` (no finding at all), `no_errors = true` (warnings allowed),
  `error_contains = "..."` (an error says it) or `finding_contains = "..."` (any finding says it).

Where a case sits: `file` (relative to the crate), `at` (the first line containing this text)
and `offset` (lines from it), or `line`; `character` defaults to 0. `args` are the mode's
arguments. `replace = [[old, new], ...]` edits the file's text before the request and `files =
{path = text}` writes more files into the crate.

For the Rust layers, `crate_source()` finds (or prepares, with scripts/crates.sh) Debian's
packaged crates as an offline Cargo directory source, so a test can type-check a real crate with
no network; the pytest fixture `crate_source` in the repository's conftest.py wraps it once per
session, and `example_crates()` lists every example backend.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import pytest

from .base import Finding, ModeError, NeedsInput, Request
from .compile import prepared_crate_config
from .frontend import copy_project
from .workspace import Workspace

REPOSITORY = Path(__file__).resolve().parent.parent
#: small crates the tests copy before changing them (tests/fixtures in the repository)
FIXTURE_CRATES = REPOSITORY / "tests" / "fixtures"

_CASE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
#: what places a case and edits its crate, in every table
PLACE_KEYS = {"id", "file", "at", "offset", "line", "character", "args", "replace", "files"}
READ_CHECKS = {"needs_input", "refused", "expect"}
VALIDATE_CHECKS = {"passes", "no_errors", "error_contains", "finding_contains"}


def copy_fixture_crate(target: Path, name: str = "school") -> Path:
    """A fresh copy of the fixture crate `name` at `target`, to change freely."""
    shutil.copytree(FIXTURE_CRATES / name, target)
    return target


def copy_example_backend(target: Path, name: str = "clinic") -> Path:
    """A fresh copy of the backend crate of examples/`name` at `target`, to change freely."""
    shutil.copytree(REPOSITORY / "examples" / name / "backend", target, ignore=shutil.ignore_patterns("target", "*.db"))
    return target


#: the example app (Rust backend + SolidJS frontend) the TypeScript modes' tests copy
EXAMPLE_APP = REPOSITORY / "examples" / "clinic"


def copy_example_app(target: Path, app: Path = EXAMPLE_APP) -> Path:
    """A fresh copy of an example app at `target`; its frontend's node_modules is the one
    scripts/frontend.sh installed (a symlink to the shared install), when there is one."""
    return copy_project(app, target)


def line_of(text: str, needle: str) -> int:
    """The 0-based number of the first line containing `needle`."""
    for number, line in enumerate(text.split("\n")):
        if needle in line:
            return number
    raise LookupError(f"no line contains {needle!r}")


def request_at(
    crate: Path,
    relative: str,
    at: str | None = None,
    *,
    offset: int = 0,
    line: int | None = None,
    character: int = 0,
    text: str | None = None,
    args: dict[str, str] | None = None,
) -> Request:
    """A request on `crate/relative` at the first line containing `at` (plus `offset`), or `line`."""
    path = crate / relative
    text = path.read_text(encoding="utf-8") if text is None else text
    if line is None:
        line = (line_of(text, at) if at is not None else 0) + offset
    return Request(path=path, text=text, line=line, character=character, workspace=Workspace(crate), args=dict(args or {}))


def load_cases(path: Path, table: str, keys: Iterable[str] = ()) -> list[Any]:
    """The cases of `[[table]]` in the TOML file `path`, as pytest params named by their ids.

    Every case needs a unique kebab-case `id`; a key outside PLACE_KEYS, the checks and `keys` is
    an error, so a misspelt check cannot silently check nothing.
    """
    with open(path, "rb") as file:
        cases = tomllib.load(file).get(table, [])
    allowed = PLACE_KEYS | READ_CHECKS | VALIDATE_CHECKS | set(keys)
    seen: set[str] = set()
    params = []
    for number, case in enumerate(cases):
        case_id = case.get("id", "")
        where = f"{path.name} [[{table}]] #{number + 1} ({case_id or 'no id'})"
        if not _CASE_ID.fullmatch(case_id):
            raise ValueError(f"{where}: `id` must be kebab-case words")
        if case_id in seen:
            raise ValueError(f"{where}: the id is used twice")
        unknown = sorted(set(case) - allowed)
        if unknown:
            raise ValueError(f"{where}: unknown keys {unknown}")
        seen.add(case_id)
        params.append(pytest.param(case, id=case_id))
    if not params:
        raise ValueError(f"{path.name} has no [[{table}]] cases")
    return params


def case_request(crate: Path, case: dict) -> Request:
    """The request a case describes, after writing its extra files and applying its replacement."""
    for relative, content in case.get("files", {}).items():
        target = crate / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    path = crate / case["file"]
    text = path.read_text(encoding="utf-8")
    for old, new in case.get("replace", []):
        assert old in text, f"case {case['id']}: {old!r} is not in {case['file']}"
        text = text.replace(old, new)
    return request_at(
        crate,
        case["file"],
        case.get("at"),
        offset=case.get("offset", 0),
        line=case.get("line"),
        character=case.get("character", 0),
        text=text,
        args=case.get("args"),
    )


def check_reading(case: dict, read: Callable[[], Any], report: Callable[[Any], dict] | None = None) -> None:
    """Run a reading case: `read()` builds the context; `report(context)` says what it read."""
    checks = READ_CHECKS & set(case)
    assert len(checks) == 1, f"case {case['id']} needs exactly one of {sorted(READ_CHECKS)}"
    if "needs_input" in case:
        with pytest.raises(NeedsInput) as asked:
            read()
        assert asked.value.arg == case["needs_input"]
    elif "refused" in case:
        with pytest.raises(ModeError, match=case["refused"]):
            read()
    else:
        assert report is not None, f"case {case['id']}: this mode's test reports nothing to compare"
        seen = report(read())
        expected = case["expect"]
        assert {key: seen[key] for key in expected} == expected


def check_validation(case: dict, findings: list[Finding]) -> None:
    """Run a validation case on what the validator found."""
    checks = VALIDATE_CHECKS & set(case)
    assert len(checks) == 1, f"case {case['id']} needs exactly one of {sorted(VALIDATE_CHECKS)}"
    assert case.get("passes", True) is True and case.get("no_errors", True) is True, "passes and no_errors can only be true"
    errors = [f.message for f in findings if f.severity == "error"]
    if case.get("passes"):
        assert findings == []
    elif case.get("no_errors"):
        assert errors == []
    elif "error_contains" in case:
        assert any(case["error_contains"] in message for message in errors), errors
    else:
        assert any(case["finding_contains"] in f.message for f in findings), [f.message for f in findings]


# --- the offline crate source: real cargo checks for every Rust layer ---


class CratesUnavailable(RuntimeError):
    """The offline crate source cannot be prepared here; the message says why."""


@dataclass(frozen=True)
class CrateSource:
    #: the Cargo config to pass with `--config` (crates.io replaced, offline)
    config: Path
    #: one target directory shared by every check of a test run
    target_dir: Path

    def cargo_check(self, crate: Path, *extra: str, timeout: float = 900) -> subprocess.CompletedProcess:
        """`cargo check` of `crate` against the offline source, output captured as text."""
        return subprocess.run(
            ["cargo", "check", "--config", str(self.config), *extra],
            cwd=crate,
            env={**os.environ, "CARGO_TARGET_DIR": str(self.target_dir), "CARGO_TERM_COLOR": "never"},
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def crate_source(target_dir: Path) -> CrateSource:
    """The prepared crate source, running scripts/crates.sh once if it is missing."""
    if shutil.which("cargo") is None:
        raise CratesUnavailable("cargo is not on PATH")
    config = prepared_crate_config()
    if config is None:
        if shutil.which("apt-get") is None:
            raise CratesUnavailable("no prepared crate source and no apt-get to prepare one (scripts/crates.sh)")
        subprocess.run([str(REPOSITORY / "scripts" / "crates.sh")], check=True)
        config = prepared_crate_config()
        if config is None:
            raise RuntimeError("scripts/crates.sh ran but wrote no cargo-config.toml")
    target_dir.mkdir(parents=True, exist_ok=True)
    return CrateSource(config, target_dir)


def example_crates() -> list[Path]:
    """Every example backend crate, found by glob so new examples are checked too."""
    return sorted(path.parent for path in (REPOSITORY / "examples").glob("*/backend/Cargo.toml"))

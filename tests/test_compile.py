"""The compiler as the judge: real cargo, real Diesel and Actix Web crates, no network.

The first test that needs `crate_source` pays for a cold check of the dependencies (minutes on
2 cores); every later check reuses the session's one target directory.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from nocodo.modes import Request, get_mode
from nocodo.modes.compile import check_candidate
from nocodo.modes.testing import REPOSITORY, example_crates
from nocodo.modes.workspace import Workspace
from nocodo.server.backends.base import Completion
from nocodo.server.config import Settings
from nocodo.server.pipeline import run_mode

OWNER = "backend/src/models/owner.rs"
ANCHOR = "    pub fn list(conn"

#: (id, a function the modes' own checks may let through, what the hint must say)
WRONG_FUNCTIONS = [
    (
        "integer-on-text-column",
        """    pub fn find_by_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<Owner>> {
        owners::table.filter(owners::email.eq(5)).select(Owner::as_select()).first(conn).optional()
    }
""",
        "a `Text` column takes `&str` or `String` values, not `{integer}`",
    ),
    (
        "integer-set-on-optional-text-column",
        """    pub fn update_phone(conn: &mut SqliteConnection, id: i32, phone: &str) -> QueryResult<usize> {
        diesel::update(owners::table.find(id)).set(owners::phone.eq(42)).execute(conn)
    }
""",
        "a `Text` column takes `&str` or `String` values, not `{integer}`",
    ),
    (
        "method-diesel-does-not-have",
        """    pub fn newest(conn: &mut SqliteConnection) -> QueryResult<Vec<Owner>> {
        owners::table.order_by_newest(owners::created_at).select(Owner::as_select()).load(conn)
    }
""",
        "no method named `order_by_newest`",
    ),
    (
        "count-into-i32",
        """    pub fn count_all(conn: &mut SqliteConnection) -> QueryResult<i32> {
        owners::table.count().get_result(conn)
    }
""",
        "the query gives `BigInt`, not `i32`: use `i64`",
    ),
]

GOOD_FUNCTION = """    pub fn find_by_email(conn: &mut SqliteConnection, email: &str) -> QueryResult<Option<Owner>> {
        owners::table.filter(owners::email.eq(email)).select(Owner::as_select()).first(conn).optional()
    }
"""


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    root = tmp_path / "clinic"
    shutil.copytree(REPOSITORY / "examples" / "clinic", root, ignore=shutil.ignore_patterns("target", "Cargo.lock", "frontend"))
    return root


def with_function(text: str, function: str) -> tuple[str, tuple[int, int]]:
    """The file with `function` inserted before `list`, and its 0-based line range."""
    first = text[: text.index(ANCHOR)].count("\n")
    new_text = text.replace(ANCHOR, function + "\n" + ANCHOR, 1)
    return new_text, (first, first + function.count("\n") - 1)


def check(root: Path, crate_source, new_text: str, lines, **options):
    return check_candidate(
        root / OWNER, new_text, lines, workspace_root=root,
        cargo_config=crate_source.config, target_dir=crate_source.target_dir, **options,
    )


@pytest.mark.parametrize("crate", example_crates(), ids=lambda path: path.parent.name)
def test_example_crate_compiles(crate: Path, crate_source, tmp_path):
    copy = tmp_path / crate.parent.name
    shutil.copytree(crate, copy, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    done = crate_source.cargo_check(copy, "--message-format", "short")
    assert done.returncode == 0, done.stderr[-4000:]


@pytest.mark.parametrize("function, hint", [case[1:] for case in WRONG_FUNCTIONS], ids=[case[0] for case in WRONG_FUNCTIONS])
def test_a_wrong_function_is_caught_with_a_hint_in_the_item(clinic, crate_source, function, hint):
    original = (clinic / OWNER).read_text()
    new_text, lines = with_function(original, function)
    result = check(clinic, crate_source, new_text, [lines])
    assert result.status == "errors", result.reason
    assert hint in result.item_errors[0].hint
    assert lines[0] + 1 <= result.item_errors[0].line <= lines[1] + 1
    assert result.item_errors[0].file == "src/models/owner.rs"
    assert result.other_errors == []
    # the user's file is untouched; the shadow holds the candidate
    assert (clinic / OWNER).read_text() == original
    shadows = list((clinic / ".nocodo" / "shadow").glob("backend-*"))
    assert len(shadows) == 1 and (shadows[0] / "src/models/owner.rs").read_text() == new_text


def test_a_good_function_compiles_and_errors_elsewhere_do_not_block(clinic, crate_source):
    text = (clinic / OWNER).read_text()
    good, lines = with_function(text, GOOD_FUNCTION)
    result = check(clinic, crate_source, good, [lines])
    assert (result.status, result.item_errors, result.other_errors) == ("ok", [], []), result.reason
    # a broken function elsewhere in the crate is reported, not blamed on the item
    (clinic / "backend/src/models/pet.rs").write_text(
        (clinic / "backend/src/models/pet.rs").read_text() + "\nfn broken() -> i32 { \"text\" }\n"
    )
    result = check(clinic, crate_source, good, [lines])
    assert result.status == "ok"
    assert "elsewhere" in result.reason
    assert [(m.file, m.code) for m in result.other_errors] == [("src/models/pet.rs", "E0308")]
    assert "expected `i32`, found `&str`" in result.other_errors[0].hint


def test_no_crate_or_no_cargo_is_a_clear_skip(tmp_path, monkeypatch):
    loose = tmp_path / "loose.rs"
    loose.write_text("fn main() {}\n")
    result = check_candidate(loose, "fn main() {}\n", [(0, 0)], workspace_root=tmp_path)
    assert (result.status, result.reason) == ("skipped", "no Cargo.toml above loose.rs: not a Cargo crate")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = check_candidate(loose, "fn main() {}\n", [(0, 0)], workspace_root=tmp_path)
    assert (result.status, result.reason) == ("skipped", "cargo was not found on PATH")


def test_dependencies_not_on_this_machine_skip_at_once_offline(clinic):
    """A user's project whose crates were never fetched: `auto` checks offline and skips fast."""
    text = (clinic / OWNER).read_text()
    started = time.monotonic()
    result = check_candidate(clinic / OWNER, text, [(0, 0)], workspace_root=clinic, offline=True,
                             target_dir=clinic / ".nocodo" / "target")
    assert result.status == "skipped"
    assert result.reason.startswith("cargo could not check the crate: error: no matching package named")
    assert time.monotonic() - started < 30


def test_cancelling_kills_cargo_and_its_children_within_a_second(clinic, tmp_path):
    fake = tmp_path / "cargo"
    pids = tmp_path / "pids"
    fake.write_text(f"#!/bin/sh\nsleep 60 &\necho $$ $! > {pids}\nwait\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    started = time.monotonic()
    result = check_candidate(
        clinic / OWNER, "", [(0, 0)], workspace_root=clinic, cargo=str(fake),
        cancelled=lambda: time.monotonic() - started > 0.5,
    )
    elapsed = time.monotonic() - started
    assert result.status == "cancelled"
    assert elapsed < 1.6
    for pid in pids.read_text().split():
        assert not _running(int(pid)), f"process {pid} survived the cancel"


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


# --- the compile stage in the pipeline, with a backend that answers what the test says ---


class ScriptedBackend:
    """Answers each attempt with the next scripted text (the last one repeats); keeps the prompts."""

    name = "scripted"

    def __init__(self, *answers: str):
        self.answers = list(answers)
        self.prompts: list[str] = []

    def describe(self) -> str:
        return "scripted test backend"

    def complete(self, request, stop_when=None, cancel=None) -> Completion:
        self.prompts.append(request.prompt)
        return Completion(text=self.answers[min(len(self.prompts), len(self.answers)) - 1])

    def close(self) -> None:
        pass


WRONG_BODY = "\n        owners::table.filter(owners::email.eq(5)).select(Owner::as_select()).first(conn).optional()\n    }"
RIGHT_BODY = "\n        owners::table.filter(owners::email.eq(email)).select(Owner::as_select()).first(conn).optional()\n    }"


def generate(root: Path, backend, **settings) -> tuple:
    path = root / OWNER
    text = path.read_text()
    line = text.split("\n").index("impl Owner {")
    request = Request(path, text, line, 12, Workspace(root), {"name": "find_by_email"})
    return run_mode(get_mode("diesel.model_fn"), request, backend, Settings(**settings)), text


def test_the_compiler_hint_drives_the_retry(clinic, crate_source):
    backend = ScriptedBackend(WRONG_BODY, RIGHT_BODY)
    record, _ = generate(clinic, backend, compile_check="required", cargo_config=crate_source.config,
                         cargo_target_dir=crate_source.target_dir)
    assert record.status == "ok", record.message
    assert "compile check: compiles" in record.message
    first, second = record.attempts
    assert first.compile.status == "errors" and second.compile.status == "ok"
    assert first.compile.item_errors and first.compile.messages[0].startswith("error[E0277]")
    assert "// Note: a `Text` column takes `&str` or `String` values, not `{integer}`" in backend.prompts[1]
    assert "eq(email)" in record.code
    markdown = record.to_markdown()
    assert "### Compile check: errors in" in markdown and "### Compile check: ok in" in markdown


def test_code_that_never_compiles_is_never_applied(clinic, crate_source):
    backend = ScriptedBackend(WRONG_BODY)
    record, text = generate(clinic, backend, compile_check="required", max_retries=1,
                            cargo_config=crate_source.config, cargo_target_dir=crate_source.target_dir)
    assert record.status == "failed"
    assert record.edits == [] and record.code is None
    assert "does not compile" in record.message and "`Text` column" in record.message
    assert [a.compile.status for a in record.attempts] == ["errors", "errors"]
    assert (clinic / OWNER).read_text() == text


def test_auto_skips_and_required_refuses_without_cargo(clinic, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    record, _ = generate(clinic, ScriptedBackend(RIGHT_BODY), compile_check="auto")
    assert record.status == "ok", record.message
    assert record.attempts[0].compile.status == "skipped"
    assert "compile check: cargo was not found on PATH" in record.message
    record, _ = generate(clinic, ScriptedBackend(RIGHT_BODY), compile_check="required")
    assert (record.status, record.edits) == ("failed", [])
    assert record.message == "compileCheck is required but the check could not run: cargo was not found on PATH"
    record, _ = generate(clinic, ScriptedBackend(WRONG_BODY), compile_check="off")
    assert record.status == "ok" and record.attempts[0].compile is None


def test_auto_skips_and_required_refuses_without_a_crate(clinic):
    (clinic / "backend" / "Cargo.toml").unlink()
    record, _ = generate(clinic, ScriptedBackend(RIGHT_BODY), compile_check="auto")
    assert record.status == "ok" and record.attempts[0].compile.status == "skipped"
    record, _ = generate(clinic, ScriptedBackend(RIGHT_BODY), compile_check="required")
    assert record.status == "failed"
    assert record.message == (
        "compileCheck is required but the check could not run: no Cargo.toml above owner.rs: not a Cargo crate"
    )


def test_the_generated_lines_are_what_changed():
    from nocodo.server.compile_stage import changed_lines

    old = "use a;\n\nimpl X {\n}\n"
    new = "use a;\nuse b;\n\nimpl X {\n    fn f() {}\n}\n"
    assert changed_lines(old, new) == [(1, 1), (4, 4)]
    assert changed_lines(old, old) == []


def test_the_shadow_manifest_is_its_own_workspace_and_finds_path_dependencies(tmp_path):
    from nocodo.modes.compile import shadow_manifest

    crate = tmp_path / "app" / "backend"
    manifest = (
        '[package]\nname = "backend"\n\n[[bin]]\nname = "server"\npath = "src/server.rs"\n\n'
        '[dependencies]\nshared = { path = "../shared" }\n'
    )
    shadow = shadow_manifest(manifest, crate)
    assert 'path = "src/server.rs"' in shadow
    assert f'shared = {{ path = "{(tmp_path / "app" / "shared").as_posix()}" }}' in shadow
    assert shadow.endswith("[workspace]\n")
    assert shadow_manifest('[workspace]\nmembers = ["a"]\n', crate) == '[workspace]\nmembers = ["a"]\n'


def test_cancelling_during_the_check_cancels_the_run(clinic, tmp_path, monkeypatch):
    import threading

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "cargo"
    fake.write_text("#!/bin/sh\nexec sleep 60\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    path = clinic / OWNER
    text = path.read_text()
    request = Request(path, text, text.split("\n").index("impl Owner {"), 12, Workspace(clinic), {"name": "find_by_email"})
    started = time.monotonic()
    record = run_mode(get_mode("diesel.model_fn"), request, ScriptedBackend(RIGHT_BODY), Settings(), cancel=cancel)
    assert (record.status, record.edits) == ("cancelled", [])
    assert time.monotonic() - started < 3


SUM_BODY = ("\n        pets::table\n            .filter(pets::owner_id.eq(owner_id))"
            "\n            .select(diesel::dsl::sum(pets::weight_kg))\n            .first(conn)\n    }")


def test_a_total_is_a_sum_that_compiles(clinic, crate_source):
    """"total weight of the pets of one owner": SUM over a Double column is `Option<f64>` in Diesel."""
    path = clinic / "backend/src/models/pet.rs"
    text = path.read_text()
    line = text.split("\n").index("impl Pet {")
    request = Request(path, text, line, 10, Workspace(clinic), {"doc": "total weight of the pets of one owner"})
    record = run_mode(get_mode("diesel.model_fn"), request, ScriptedBackend(SUM_BODY),
                      Settings(compile_check="required", cargo_config=crate_source.config, cargo_target_dir=crate_source.target_dir))
    assert record.status == "ok", record.message
    assert record.reading == "add up weight_kg over pets where owner_id is owner_id"
    assert "-> QueryResult<Option<f64>>" in record.code and "compile check: compiles" in record.message

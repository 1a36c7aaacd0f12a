"""The type check: the clinic frontend's own TypeScript as a long-lived checker, and the pipeline stage around it."""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.edits import Edit
from nocodo.modes.testing import copy_example_app
from nocodo.modes import typecheck
from nocodo.modes.typecheck import check_typescript
from nocodo.modes.workspace import Workspace
from nocodo.server.compile_stage import compile_stage
from nocodo.server.config import resolve_settings


@pytest.fixture
def frontend(clinic: Path) -> Path:
    if not (clinic / "frontend" / "node_modules" / "typescript").exists():
        pytest.skip("the clinic frontend's npm packages are not installed (scripts/frontend.sh)")
    return clinic / "frontend"


def with_line(path: Path, after: str, line: str) -> tuple[str, int]:
    """The file's text with `line` inserted after the first line containing `after`, and its number."""
    lines = path.read_text().split("\n")
    number = next(n for n, l in enumerate(lines) if after in l) + 1
    return "\n".join(lines[:number] + [line] + lines[number:]), number


def test_a_type_error_in_the_generated_lines_is_the_items(frontend):
    path = frontend / "src/api.ts"
    text, number = with_line(path, "export const listVets", 'export const broken: number = "five";')
    result = check_typescript(path, text, [(number, number)])
    assert result.status == "errors", result.reason
    [error] = result.item_errors
    assert (error.code, error.line) == ("TS2322", number + 1)
    assert "not assignable to type 'number'" in error.hint


def test_an_error_elsewhere_is_reported_and_does_not_block(frontend):
    path = frontend / "src/api.ts"
    text, number = with_line(path, "export const listVets", 'export const broken: number = "five";')
    result = check_typescript(path, text, [(0, 0)])
    assert result.status == "ok" and len(result.other_errors) == 1


def test_a_warm_check_asks_the_same_checker_and_nothing_is_written(frontend):
    path = frontend / "src/api.ts"
    first = check_typescript(path, path.read_text(), [(0, 0)])
    service = typecheck._services[frontend.resolve()]
    again = check_typescript(path, path.read_text() + "\nexport const answer = 42;\n", [(0, 0)])
    assert (first.status, again.status) == ("ok", "ok"), first.reason
    assert typecheck._services[frontend.resolve()] is service and service.alive()
    assert not (frontend / ".nocodo").exists() and not (frontend.parent / ".nocodo").exists()


def test_a_types_change_that_breaks_an_importer_is_reported_there(frontend):
    path = frontend / "src/types.ts"
    text = path.read_text().replace("  email: string;\n  phone: string | null;\n  created_at", "  phone: string | null;\n  created_at")
    result = check_typescript(path, text, [(0, 0)])
    assert result.status == "ok"
    assert any(m.file == "src/components/OwnerTable.tsx" and "email" in m.message for m in result.other_errors), result.reason


def test_cancelling_stops_the_checker_and_the_next_check_starts_a_new_one(frontend):
    path = frontend / "src/api.ts"
    asked = iter([False] + [True] * 1000)  # cancelled once the (cold, seconds-long) check has begun
    cancelled = check_typescript(path, path.read_text(), [(0, 0)], cancelled=lambda: next(asked))
    assert cancelled.status == "cancelled"
    stopped = typecheck._services[frontend.resolve()]
    assert not stopped.alive()
    assert check_typescript(path, path.read_text(), [(0, 0)]).status == "ok"
    assert typecheck._services[frontend.resolve()] is not stopped


def test_only_a_few_checkers_are_kept(frontend, tmp_path):
    paths = [frontend / "src/api.ts"] + [copy_example_app(tmp_path / f"copy{n}") / "frontend/src/api.ts" for n in range(2)]
    for path in paths:
        check_typescript(path, path.read_text(), [(0, 0)], cancelled=iter([False] + [True] * 1000).__next__)
    assert len(typecheck._services) == typecheck.MAX_SERVICES
    assert frontend.resolve() not in typecheck._services


def test_without_installed_packages_the_check_is_skipped_and_required_refuses(clinic):
    path = clinic / "frontend/src/api.ts"
    (clinic / "frontend/node_modules").unlink(missing_ok=True)
    request = Request(path, path.read_text(), 0, 0, Workspace(clinic))
    stage = compile_stage(request, [Edit(0, 0, 0, 0, "// hi\n")], resolve_settings({"typeCheck": "required"}, {}))
    assert stage.record.status == "skipped" and "typescript is not installed" in stage.record.reason
    assert stage.refusal.startswith("typeCheck is required")
    auto = compile_stage(request, [Edit(0, 0, 0, 0, "// hi\n")], resolve_settings({}, {}))
    assert auto.refusal is None


def test_type_check_setting_reads_like_compile_check():
    assert resolve_settings({"typeCheck": "off"}, {}).type_check == "off"
    assert resolve_settings({}, {"NOCODO_TYPE_CHECK": "required"}).type_check == "required"
    with pytest.raises(ValueError):
        resolve_settings({"typeCheck": "sometimes"}, {})

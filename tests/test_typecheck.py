"""The type check: tsc --noEmit on a shadow of the clinic frontend, and the pipeline stage around it."""

from pathlib import Path

import pytest

from nocodo.modes.base import Request
from nocodo.modes.edits import Edit
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
    result = check_typescript(path, text, [(number, number)], workspace_root=frontend.parent)
    assert result.status == "errors", result.reason
    [error] = result.item_errors
    assert (error.code, error.line) == ("TS2322", number + 1)
    assert "not assignable to type 'number'" in error.hint


def test_an_error_elsewhere_is_reported_and_does_not_block(frontend):
    path = frontend / "src/api.ts"
    text, number = with_line(path, "export const listVets", 'export const broken: number = "five";')
    result = check_typescript(path, text, [(0, 0)], workspace_root=frontend.parent)
    assert result.status == "ok" and len(result.other_errors) == 1


def test_a_clean_project_type_checks_warm_from_the_kept_build_info(frontend):
    path = frontend / "src/api.ts"
    first = check_typescript(path, path.read_text(), [(0, 0)], workspace_root=frontend.parent)
    again = check_typescript(path, path.read_text(), [(0, 0)], workspace_root=frontend.parent)
    assert (first.status, again.status) == ("ok", "ok"), first.reason
    assert list((frontend.parent / ".nocodo" / "tsbuildinfo").glob("*.tsbuildinfo"))
    assert not (frontend / ".nocodo").exists()  # the user's frontend is never written to


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

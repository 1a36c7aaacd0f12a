"""Fixtures shared by the end-to-end tests in tests/ and the tests inside each mode's folder."""

import os
from pathlib import Path

import pytest

from nocodo.modes.testing import CrateSource, CratesUnavailable, copy_example_app, copy_example_backend, copy_fixture_crate
from nocodo.modes.testing import crate_source as prepare_crate_source


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A fresh copy of the small Diesel crate in tests/fixtures/school."""
    return copy_fixture_crate(tmp_path / "school")


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A fresh copy of examples/clinic (backend and frontend, node_modules shared)."""
    return copy_example_app(tmp_path / "clinic")


@pytest.fixture
def clinic_backend(tmp_path: Path) -> Path:
    """A fresh copy of the Actix + Diesel crate examples/clinic/backend."""
    return copy_example_backend(tmp_path / "clinic")


@pytest.fixture(scope="session")
def crate_source(tmp_path_factory) -> CrateSource:
    """Debian's packaged crates as an offline Cargo source, and one target dir for the run.

    Set NOCODO_TEST_CARGO_TARGET_DIR to keep the target dir between runs (a cold check of the
    dependencies takes minutes; a warm one seconds).
    """
    kept = os.environ.get("NOCODO_TEST_CARGO_TARGET_DIR")
    target = Path(kept) if kept else tmp_path_factory.mktemp("cargo-target")
    try:
        return prepare_crate_source(target)
    except CratesUnavailable as reason:
        pytest.skip(f"no offline crate source: {reason}")


class _NoModel:
    """A backend that fails the test if a mode asks it anything: the derived modes never do."""

    name = "none"

    def describe(self) -> str:
        return "no model (the mode derives its code)"

    def complete(self, request, stop_when=None, cancel=None):
        raise AssertionError("a derived mode asked the model")

    def close(self) -> None:
        pass


def _apply_derived(crate: Path, mode_id: str, relative: str, line: int | None = None, **args) -> str:
    """Run one derived mode through the pipeline at `line` (default: the file's last line), apply
    its edit to the file, and give its reading."""
    from nocodo.modes import get_mode
    from nocodo.modes.base import Edit
    from nocodo.modes.edits import apply_edits
    from nocodo.modes.testing import request_at
    from nocodo.server.config import Settings
    from nocodo.server.pipeline import run_mode

    path = crate / relative
    text = path.read_text()
    request = request_at(crate, relative, line=len(text.split("\n")) - 1 if line is None else line, args=args)
    record = run_mode(get_mode(mode_id), request, _NoModel(), Settings(compile_check="off"))
    assert record.status == "ok", record.message
    assert all(attempt.derived for attempt in record.attempts)
    path.write_text(apply_edits(text, [Edit(**e.model_dump()) for e in record.edits]))
    return record.reading


@pytest.fixture(scope="session")
def apply_derived():
    """`apply_derived(crate, mode_id, relative, line=None, **args)`: a derived mode's edit applied
    through the real pipeline, with a backend that fails if the model is asked."""
    return _apply_derived

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

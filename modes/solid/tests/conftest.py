"""Fresh copies of the fixture frontends written in other people's styles (tests/fixtures/solid_*).

They declare the clinic frontend's packages, so a copy links the clinic's node_modules (installed
by scripts/frontend.sh) and the type check runs on it without an install of its own.
"""

from pathlib import Path

import pytest

from nocodo.modes.testing import EXAMPLE_APP, copy_fixture_crate


def _fixture_frontend(target: Path, name: str) -> Path:
    frontend = copy_fixture_crate(target, name)
    installed = EXAMPLE_APP / "frontend" / "node_modules"
    if installed.exists():
        (frontend / "node_modules").symlink_to(installed.resolve())
    return frontend


@pytest.fixture
def api_folder(tmp_path: Path) -> Path:
    """Types and client in src/api/, routes as JSX in App.tsx, pages apart from components."""
    return _fixture_frontend(tmp_path / "nursery", "solid_api_folder")


@pytest.fixture
def types_folder(tmp_path: Path) -> Path:
    """A types module per record behind src/types/index.ts, the client as services, lazy JSX
    routes in index.tsx."""
    return _fixture_frontend(tmp_path / "bookshop", "solid_types_folder")

"""Fresh copies of the fixture frontends written in common styles (tests/fixtures/style_*).

They declare the clinic frontend's packages, so a copy links the clinic's node_modules (installed
by scripts/frontend.sh): Tailwind answers which classes exist and strict tsc runs without an
install of their own.
"""

from pathlib import Path

import pytest

from nocodo.modes.frontend import copy_project
from nocodo.modes.testing import EXAMPLE_APP, REPOSITORY


def _style_project(target: Path, name: str) -> Path:
    project = copy_project(REPOSITORY / "tests" / "fixtures" / name, target / name)
    installed = EXAMPLE_APP / "frontend" / "node_modules"
    if installed.exists():
        (project / "node_modules").symlink_to(installed.resolve())
    return project


@pytest.fixture
def common_styles(tmp_path: Path) -> Path:
    """Inline style objects and the project's own .css classes."""
    return _style_project(tmp_path, "style_common")


@pytest.fixture
def tailwind_only(tmp_path: Path) -> Path:
    """Components written in plain Tailwind utilities, no DaisyUI class yet."""
    return _style_project(tmp_path, "style_tailwind_only")


@pytest.fixture
def conditional_styles(tmp_path: Path) -> Path:
    """Inline styles whose values choose between two written-out values."""
    return _style_project(tmp_path, "style_conditional_styles")

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A fresh copy of the small Diesel crate in tests/fixtures/school."""
    target = tmp_path / "school"
    shutil.copytree(FIXTURES / "school", target)
    return target

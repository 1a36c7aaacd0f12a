"""The VS Code extension's own build and tests, run from the project's single test command."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXTENSION = Path(__file__).parents[1] / "editors" / "vscode"


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
@pytest.mark.model
def test_extension_builds_passes_its_tests_and_packages():
    # The panel's test against the real server starts it with this Python.
    environment = {**os.environ, "NOCODO_PYTHON": sys.executable}
    result = subprocess.run(
        ["bash", "scripts/ci.sh"], cwd=EXTENSION, capture_output=True, text=True, timeout=900, env=environment
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "# fail 0" in result.stdout
    assert set(re.findall(r"# skipped (\d+)", result.stdout)) == {"0"}
    assert (EXTENSION / "nocodo-lsp.vsix").stat().st_size > 10_000

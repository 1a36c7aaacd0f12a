"""The VS Code extension's own build and tests, run from the project's single test command.
The extension in a real VS Code is tested by test_vscode_real.py."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

EXTENSION = Path(__file__).parents[1] / "editors" / "vscode"


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_extension_builds_passes_its_tests_and_packages():
    result = subprocess.run(["bash", "scripts/ci.sh"], cwd=EXTENSION, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "# fail 0" in result.stdout
    assert set(re.findall(r"# skipped (\d+)", result.stdout)) == {"0"}
    assert (EXTENSION / "nocodo-lsp.vsix").stat().st_size > 10_000

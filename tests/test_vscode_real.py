"""The VS Code extension in a real VS Code: code-server driven by playwright-core in headless
Chromium, against the real server and the embedded model (editors/vscode/scripts/e2e.sh).

The first run installs code-server with Node 24 from npm into ~/.cache/nocodo-lsp/code-server
(a few minutes); later runs reuse it."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXTENSION = Path(__file__).parents[1] / "editors" / "vscode"


@pytest.mark.skipif(shutil.which("npm") is None or shutil.which("node") is None, reason="Node and npm are not installed")
@pytest.mark.model
@pytest.mark.timeout(1800)
def test_extension_in_a_real_vscode():
    environment = {**os.environ, "NOCODO_PYTHON": sys.executable}
    result = subprocess.run(
        ["bash", "scripts/e2e.sh"], cwd=EXTENSION, capture_output=True, text=True, timeout=1700, env=environment
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-6000:]
    assert "# fail 0" in result.stdout, output[-6000:]
    assert set(re.findall(r"# skipped (\d+)", result.stdout)) == {"0"}, output[-6000:]

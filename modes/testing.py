"""Helpers the tests of every Rust layer share: the offline crate source and `cargo check`.

`crate_source()` finds (or prepares, with scripts/crates.sh) Debian's packaged crates as a Cargo
directory source, so a test can type-check a real crate with no network. The pytest fixture
`crate_source` in the repository's conftest.py wraps it once per session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .compile import prepared_crate_config

REPOSITORY = Path(__file__).resolve().parents[1]


class CratesUnavailable(RuntimeError):
    """The offline crate source cannot be prepared here; the message says why."""


@dataclass(frozen=True)
class CrateSource:
    #: the Cargo config to pass with `--config` (crates.io replaced, offline)
    config: Path
    #: one target directory shared by every check of a test run
    target_dir: Path

    def cargo_check(self, crate: Path, *extra: str, timeout: float = 900) -> subprocess.CompletedProcess:
        """`cargo check` of `crate` against the offline source, output captured as text."""
        return subprocess.run(
            ["cargo", "check", "--config", str(self.config), *extra],
            cwd=crate,
            env={**os.environ, "CARGO_TARGET_DIR": str(self.target_dir), "CARGO_TERM_COLOR": "never"},
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def crate_source(target_dir: Path) -> CrateSource:
    """The prepared crate source, running scripts/crates.sh once if it is missing."""
    if shutil.which("cargo") is None:
        raise CratesUnavailable("cargo is not on PATH")
    config = prepared_crate_config()
    if config is None:
        if shutil.which("apt-get") is None:
            raise CratesUnavailable("no prepared crate source and no apt-get to prepare one (scripts/crates.sh)")
        subprocess.run([str(REPOSITORY / "scripts" / "crates.sh")], check=True)
        config = prepared_crate_config()
        if config is None:
            raise RuntimeError("scripts/crates.sh ran but wrote no cargo-config.toml")
    target_dir.mkdir(parents=True, exist_ok=True)
    return CrateSource(config, target_dir)


def example_crates() -> list[Path]:
    """Every example backend crate, found by glob so new examples are checked too."""
    return sorted(path.parent for path in (REPOSITORY / "examples").glob("*/backend/Cargo.toml"))

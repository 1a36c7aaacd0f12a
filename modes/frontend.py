"""A frontend project as the TypeScript modes see it: its root, its source files, its exports.

A frontend is the nearest folder above a file holding a package.json (inside the workspace).
Shared by types.typescript, the solid.* and style.* modes and the type-check stage.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .workspace import Workspace

#: the files tsc and the modes read in a frontend's src/
TS_SUFFIXES = (".ts", ".tsx")


def frontend_root(file: Path, workspace: Workspace | None = None) -> Path | None:
    """The nearest folder above `file` with a package.json, not above the workspace's parent."""
    limit = workspace.root.resolve().parent if workspace is not None else None
    for folder in Path(file).resolve().parents:
        if (folder / "package.json").is_file():
            return folder
        if folder == limit:
            break
    return None


def is_inside(path: Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path(folder).resolve())


def dependencies(root: Path) -> set[str]:
    """The npm packages the frontend's package.json names (dependencies and devDependencies)."""
    try:
        manifest = json.loads((root / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return set(manifest.get("dependencies", {})) | set(manifest.get("devDependencies", {}))


#: what a copy of a project leaves out: installs, builds and nocodo's own state
_NOT_COPIED = shutil.ignore_patterns("node_modules", "dist", "target", ".nocodo")


def copy_project(source: Path, target: Path) -> Path:
    """A copy of an app folder (backend and frontends) whose frontends share the original's
    node_modules through a symlink, so a copy costs no npm install and no copied packages."""
    shutil.copytree(source, target, ignore=_NOT_COPIED)
    # a frontend is the app itself or one of its folders (app/frontend)
    for installed in [source / "node_modules", *source.glob("*/node_modules")]:
        if installed.exists():
            (target / installed.relative_to(source)).symlink_to(installed.resolve())
    return target

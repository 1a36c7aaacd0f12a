"""The types a frontend already declares in its other .ts files, and how this file imports them.

A declaration written here that refers to one of them imports it (`import type { Supplier } from
"./supplier"`, or from the folder's index when the project imports that folder) instead of
declaring it a second time, which would shadow the project's own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ...workspace import Workspace

_EXPORTED = re.compile(r"^export\s+(?:declare\s+)?(?:interface|type|enum|class)\s+(\w+)", re.M)
_FROM = re.compile(r"""^(?:import|export)\b[^;]*?\bfrom\s+["'](\.[^"']*)["']""", re.M)
_EXPORT_ALL = re.compile(r"""^export\s+\*\s+from\s+["'](\.[^"']*)["']""", re.M)
_IMPORTED_NAMES = re.compile(r"^import\s+(?:type\s+)?\{([^}]*)\}", re.M)


@dataclass(frozen=True)
class ProjectTypes:
    """The exported types of the frontend's src/ .ts files other than the one being written."""

    this_file: Path
    #: type name -> the file declaring it (the first in path order when two do)
    declared: dict[str, Path]
    #: every other .ts file's text, to see how the project imports
    texts: dict[Path, str]

    def import_lines(self, names: set[str], text: str) -> list[str]:
        """`import type { ... } from "..."` for each of `names` declared elsewhere and not
        imported by `text` already, one line per module."""
        already = {n.strip().split(" as ")[-1] for group in _IMPORTED_NAMES.findall(text) for n in group.split(",")}
        by_module: dict[str, list[str]] = {}
        for name in sorted(names - already):
            if name in self.declared:
                by_module.setdefault(self._specifier(name), []).append(name)
        return [f'import type {{ {", ".join(found)} }} from "{module}";' for module, found in sorted(by_module.items())]

    def _specifier(self, name: str) -> str:
        declaring = self.declared[name]
        folder = declaring.parent
        target = folder if self._imported_through_index(name, declaring) else declaring.with_suffix("")
        relative = Path(os.path.relpath(target, self.this_file.parent)).as_posix()
        return relative if relative.startswith(".") else f"./{relative}"

    def _imported_through_index(self, name: str, declaring: Path) -> bool:
        """The folder's index.ts re-exports `name` and the project imports that folder (never
        from inside it: a file importing its own folder's index would import itself in a cycle)."""
        folder = declaring.parent
        index = self.texts.get(folder / "index.ts")
        if index is None or self.this_file.parent == folder:
            return False
        reexported = any(
            (folder / module).resolve() == declaring.with_suffix("").resolve() for module in _EXPORT_ALL.findall(index)
        ) or re.search(rf"^export\s+(?:type\s+)?\{{[^}}]*\b{name}\b", index, re.M) is not None
        imports_folder = any(
            (path.parent / module).resolve() == folder.resolve() for path, text in self.texts.items() for module in _FROM.findall(text)
        )
        return reexported and imports_folder


def project_types(this_file: Path, frontend: Path, workspace: Workspace) -> ProjectTypes:
    texts: dict[Path, str] = {}
    for path in sorted((frontend / "src").rglob("*.ts")):
        if "node_modules" in path.parts or path.resolve() == this_file.resolve():
            continue
        text = workspace.read(path)
        if text is not None:
            texts[path] = text
    declared: dict[str, Path] = {}
    for path, text in texts.items():
        for name in _EXPORTED.findall(text):
            declared.setdefault(name, path)
    return ProjectTypes(this_file, declared, texts)

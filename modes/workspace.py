"""Files as the modes see them: the editor's unsaved buffers first, then the disk."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

_SKIPPED_DIRS = {"target", "node_modules", ".git", ".nocodo", "dist", "build", ".venv"}


@dataclass
class Workspace:
    root: Path
    #: path -> text of documents open (and maybe unsaved) in the editor
    open_documents: dict[Path, str] = field(default_factory=dict)

    def read(self, path: Path) -> str | None:
        path = Path(path)
        if path in self.open_documents:
            return self.open_documents[path]
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def crate_root(self, file: Path) -> Path | None:
        """The nearest folder above `file` holding a Cargo.toml, within reason."""
        for folder in Path(file).resolve().parents:
            if (folder / "Cargo.toml").is_file():
                return folder
            if folder == self.root.resolve().parent:
                break
        return None

    def rust_files(self, folder: Path, limit: int = 400) -> Iterator[Path]:
        count = 0
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIPPED_DIRS and not d.startswith("."))
            for name in sorted(filenames):
                if name.endswith(".rs"):
                    yield Path(dirpath) / name
                    count += 1
                    if count >= limit:
                        return

    def find_schema_file(self, file: Path) -> Path | None:
        """Where Diesel's schema lives for the crate of `file`: diesel.toml, then src/schema.rs."""
        crate = self.crate_root(file)
        candidates = []
        if crate is not None:
            config = self.read(crate / "diesel.toml")
            if config:
                try:
                    import tomllib

                    printed = tomllib.loads(config).get("print_schema", {}).get("file")
                    if printed:
                        candidates.append(crate / printed)
                except ValueError:
                    pass
            candidates.append(crate / "src" / "schema.rs")
        if Path(file).name == "schema.rs":
            candidates.insert(0, Path(file))
        for candidate in candidates:
            if candidate.is_file() or candidate in self.open_documents:
                return candidate
        search_root = crate or self.root
        return next((p for p in self.rust_files(search_root) if p.name == "schema.rs"), None)

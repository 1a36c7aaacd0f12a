"""Files as the modes see them: the editor's unsaved buffers first, then the disk."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

_SKIPPED_DIRS = {"target", "node_modules", ".git", ".nocodo", "dist", "build", ".venv"}
#: Files a mode reads besides the one it edits (schema, enums, other models) are small; a larger
#: one is skipped as unreadable, so one giant file cannot hold the model's worker for a minute.
MAX_READ_CHARS = 256_000
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Workspace:
    root: Path
    #: path -> text of documents open (and maybe unsaved) in the editor
    open_documents: dict[Path, str] = field(default_factory=dict)

    def read(self, path: Path) -> str | None:
        """The text of `path`, or None when it cannot be read or is over MAX_READ_CHARS.

        Half a UTF-16 pair in an editor buffer (which JSON can carry) becomes U+FFFD."""
        path = Path(path)
        if path in self.open_documents:
            text = self.open_documents[path]
            if len(text) > MAX_READ_CHARS:
                return None
            return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text
        try:
            if path.stat().st_size > MAX_READ_CHARS * 4:
                return None
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return text if len(text) <= MAX_READ_CHARS else None

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

"""Files as the modes see them: the editor's unsaved buffers first, then the disk."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import ModeError

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
            printed = self.printed_schema_file(crate)
            if printed:
                candidates.append(crate / printed)
            candidates.append(crate / "src" / "schema.rs")
        if Path(file).name == "schema.rs":
            candidates.insert(0, Path(file))
        for candidate in candidates:
            if candidate.is_file() or candidate in self.open_documents:
                return candidate
        search_root = crate or self.root
        return next((p for p in self.rust_files(search_root) if p.name == "schema.rs"), None)

    def printed_schema_file(self, crate: Path) -> str | None:
        """`[print_schema] file` of the crate's diesel.toml, if it says one.

        A diesel.toml that does not parse, or names something other than a path, is an error
        rather than silently ignored: the Diesel CLI would refuse it too, and guessing another
        schema.rs could generate against the wrong tables.
        """
        path = crate / "diesel.toml"
        config = self.read(path)
        if not config:
            return None
        try:
            section = tomllib.loads(config).get("print_schema", {})
        except tomllib.TOMLDecodeError as error:
            raise ModeError(f"{path} does not parse as TOML ({error}); fix it or remove it") from error
        printed = section.get("file") if isinstance(section, dict) else None
        if printed is not None and not isinstance(printed, str):
            raise ModeError(f"{path}: [print_schema] file must be a path in quotes, not {printed!r}")
        return printed or None

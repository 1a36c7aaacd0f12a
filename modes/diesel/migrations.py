"""What the crate's SQL migrations say that schema.rs does not: which columns have a DEFAULT."""

from __future__ import annotations

import re
from pathlib import Path

from ..workspace import Workspace
from .tables import split_top_level

# A CREATE TABLE body ends at the first `)` followed by `;`; the parentheses inside it
# (`DEFAULT (3)`, `REFERENCES owners (id)`) are followed by a comma or more words.
_CREATE = re.compile(r"create\s+table\s+(?:if\s+not\s+exists\s+)?[\"`]?(\w+)[\"`]?\s*\((.*?)\)\s*;", re.I | re.S)
_ADD = re.compile(r"alter\s+table\s+[\"`]?(\w+)[\"`]?\s+add\s+(?:column\s+)?([^;]+);", re.I)


def _defaulted(definition: str) -> str | None:
    words = definition.split()
    if len(words) > 1 and re.search(r"\bdefault\b", definition, re.I):
        return words[0].strip("\"`").lower()
    return None


def defaulted_columns(workspace: Workspace, file: Path, table: str) -> set[str] | None:
    """Columns of `table` whose migrations give a DEFAULT; None when no migration creates it."""
    crate = workspace.crate_root(file)
    folder = crate / "migrations" if crate else None
    if folder is None or not folder.is_dir():
        return None
    found: set[str] | None = None
    for up in sorted(folder.glob("*/up.sql")):
        sql = re.sub(r"--[^\n]*", "", workspace.read(up) or "")
        for match in _CREATE.finditer(sql):
            if match.group(1).lower() == table.lower():
                found = {name for d in split_top_level(match.group(2), brackets="()") if (name := _defaulted(d))}
        for match in _ADD.finditer(sql):
            if match.group(1).lower() == table.lower() and found is not None and (name := _defaulted(match.group(2))):
                found.add(name)
    return found

"""One guard for names and paths that come from user or model text.

Anything the planning flow or a mode turns into a file name or an identifier passes here first:
a name must be a plausible Rust/TypeScript identifier, and a path must stay inside the
workspace once resolved (symlinks and `..` included). The messages say what was refused and why.
"""

from __future__ import annotations

import re
from pathlib import Path

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
MAX_IDENTIFIER = 64


class UnsafeName(ValueError):
    """A name or path refused by the guard; the message is meant for the user."""


def identifier(text: str, what: str = "name") -> str:
    """`text` itself when it is a usable identifier, else UnsafeName saying why not."""
    if not isinstance(text, str) or not IDENTIFIER.fullmatch(text) or len(text) > MAX_IDENTIFIER:
        shown = text if isinstance(text, str) and len(text) <= 80 else f"{str(text)[:77]}..."
        raise UnsafeName(
            f"{shown!r} cannot be used as {what}: use letters, digits and underscores, starting with a letter "
            f"(at most {MAX_IDENTIFIER} characters), e.g. `customer`"
        )
    return text


def words_identifier(text: str, what: str = "name") -> str:
    """A name written in words ("starts at") as the snake_case identifier it stands for."""
    cleaned = " ".join(str(text).split()).lower().replace(" ", "_") if isinstance(text, str) else text
    identifier(cleaned, what)
    return cleaned


def inside(root: Path, relative: str | Path, what: str = "file") -> Path:
    """`root / relative` resolved, refused unless it stays inside `root`."""
    base = Path(root).resolve()
    candidate = Path(relative)
    target = (candidate if candidate.is_absolute() else base / candidate).resolve()
    if target != base and base not in target.parents:
        raise UnsafeName(f"the {what} {str(relative)!r} would be outside the workspace {base}; nothing was written")
    return target

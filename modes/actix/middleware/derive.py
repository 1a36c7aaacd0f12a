"""The middleware: its kind's template with the values the context settled."""

from __future__ import annotations

import re
from pathlib import Path

from .context import KINDS, MiddlewareContext

PATTERNS = Path(__file__).parent / "patterns"


def derive(context: MiddlewareContext) -> str:
    text = (PATTERNS / f"{KINDS[context.kind]['template']}.rs").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.split("\n") if not line.startswith("// "))
    return re.sub(r"__(\w+?)__", lambda m: context.values[m.group(1)], body).strip("\n")

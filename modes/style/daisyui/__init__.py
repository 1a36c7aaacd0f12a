"""`style.daisyui`: the component at the cursor restyled with DaisyUI and Tailwind classes.

Deterministic (`derive`): styles.toml says which classes each element without classes gets,
components.toml which DaisyUI component an element written in plain Tailwind is, and
css_to_tailwind.toml which classes state its inline styles and the project's own CSS classes; only
class strings and static styles change (validated: the syntax tree minus those is the same).
"""

from __future__ import annotations

from pathlib import Path

from ...base import Mode, Request, derived_only
from ...edits import hunk_edits
from .context import build_context
from .validate import validate


def applies(request: Request) -> bool:
    return request.path.suffix == ".tsx" and "<" in request.text


MODE = Mode(
    id="style.daisyui",
    title="Restyle component with DaisyUI",
    language="typescript",
    description="The component at the cursor restyled with DaisyUI components and Tailwind utilities; its logic (everything but class strings) unchanged.",
    args=(),
    patterns_dir=Path(__file__).parent / "patterns",
    applies=applies,
    context=build_context,
    prompt=derived_only,
    extract=lambda text, context: text,
    validate=validate,
    place=lambda code, context: hunk_edits(context.request.text, code),
    reading=lambda context: context.reading(),
    derive=lambda context: context.restyled,
)

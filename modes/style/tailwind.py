"""Class names as the frontend's own Tailwind (and its plugins, e.g. DaisyUI) sees them.

No list is written by hand: tailwind_classes.mjs asks the installed tailwindcss, with the
project's tailwind.config, which names it generates no CSS for. Answers are kept per project for
the server's lifetime, so a name is asked about once.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

from ..syntax import Node, text_of, walk

_SCRIPT = Path(__file__).with_name("tailwind_classes.mjs")
_known: dict[tuple[Path, str], set[str]] = {}
_lock = threading.Lock()


def cannot_check(frontend: Path) -> str | None:
    if shutil.which("node") is None:
        return "node was not found on PATH"
    if not (frontend / "node_modules" / "tailwindcss").exists():
        return f"tailwindcss is not installed in {frontend.name}/node_modules"
    return None


def own_css_classes(frontend: Path) -> set[str]:
    """The class names the project's own stylesheets under src/ define (`.panel { ... }`): real
    classes of the project, though no Tailwind class."""
    names = set()
    for sheet in (frontend / "src").rglob("*.css"):
        text = re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8", errors="replace"), flags=re.S)
        names |= set(re.findall(r"\.(-?[A-Za-z_][\w-]*)(?=[^{}]*\{)", text))
    return names


def unknown_classes(frontend: Path, classes: set[str]) -> list[str]:
    """The names in `classes` neither the project's Tailwind generates nor its own stylesheets
    define, sorted.

    Raises RuntimeError when the check cannot run (see `cannot_check`) or fails."""
    frontend = frontend.resolve()
    classes = classes - own_css_classes(frontend)
    with _lock:
        known = _known.setdefault(_setup_of(frontend), set())
        asked = sorted(classes - known)
        if not asked:
            return []
        reason = cannot_check(frontend)
        if reason:
            raise RuntimeError(reason)
        done = subprocess.run(
            ["node", str(_SCRIPT), str(frontend)], input="\n".join(asked), capture_output=True, text=True, timeout=60
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"tailwind could not be asked: {(done.stderr.strip().splitlines() or ['no output'])[-1]}")
        unknown = set(json.loads(lines[-1]))
        known.update(set(asked) - unknown)
        return sorted(unknown)


def _setup_of(frontend: Path) -> tuple[Path, str]:
    """What decides which classes exist: the installed packages and the Tailwind config."""
    configs = sorted(frontend.glob("tailwind.config.*"))
    return (frontend / "node_modules").resolve(), "".join(c.read_text(encoding="utf-8") for c in configs)


def _static_words(node: Node) -> list[str]:
    """The class words a `class` value spells out in full: a word joined to a `${...}` part
    (`btn-${size}`) is only half a name and is not checked."""
    words = []
    for part in walk(node):
        if part.type == "string":
            words += text_of(part)[1:-1].split()
        elif part.type == "template_string":
            spelled = re.sub(r"\$\{[^}]*\}", "\0", text_of(part)[1:-1])
            words += [w for w in spelled.split() if "\0" not in w]
    return words


def class_attributes(root: Node) -> list[Node]:
    """Each `class=` / `className=` / `classList=` attribute of the JSX under `root`."""
    return [
        node
        for node in walk(root)
        if node.type == "jsx_attribute" and text_of(node.named_children[0]) in ("class", "className", "classList")
    ]


def class_names(root: Node) -> set[str]:
    """Every class name the JSX under `root` writes literally (classList keys included)."""
    names: set[str] = set()
    for attribute in class_attributes(root):
        value = attribute.named_children[1] if len(attribute.named_children) > 1 else None
        if value is None:
            continue
        if text_of(attribute.named_children[0]) == "classList":
            names.update(
                text_of(key).strip("\"'")
                for pair in walk(value)
                if pair.type == "pair" and (key := pair.child_by_field_name("key")) is not None
            )
        else:
            names.update(_static_words(value))
    return names

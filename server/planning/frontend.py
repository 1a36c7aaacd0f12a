"""The plan's frontend: a Vite + SolidJS + Tailwind + DaisyUI project the person never touches.

The first screen task scaffolds `frontend/` inside the crate from the plain template files in
`scaffold/frontend/` (with a lockfile), links its npm packages from the shared install (or runs
`npm ci` once into it), and before every task the API client `src/api.ts` gets one function per
handler the backend routes: the SolidJS modes read the client to know what they can call.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

from nocodo.modes.actix.crate import read_crate
from nocodo.modes.diesel.naming import pascal, plural
from nocodo.modes.guard import inside
from nocodo.modes.workspace import Workspace

TEMPLATES = Path(__file__).parent / "scaffold" / "frontend"
#: the line of src/api.ts below which the functions are written (and rewritten) from the routes
CLIENT_MARKER = "// nocodo: the backend's handlers\n"


def scaffold_frontend(crate: Path) -> list[str]:
    """Write `frontend/` into the crate (the files missing only); the relative paths written."""
    title = " ".join(part.capitalize() for part in re.split(r"[_\W]+", crate.resolve().name) if part) or "App"
    written = []
    for template in sorted(p for p in TEMPLATES.rglob("*") if p.is_file() and "node_modules" not in p.parts):
        relative = Path("frontend") / template.relative_to(TEMPLATES)
        target = inside(crate, relative, "frontend file")
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        text = template.read_text(encoding="utf-8")
        target.write_text(text if template.name == "package-lock.json" else text.replace("{app}", title), encoding="utf-8")
        written.append(str(relative))
    return written


def install_packages(frontend: Path) -> str:
    """node_modules for the frontend: a link to the shared install of its lockfile (what
    scripts/frontend.sh makes), `npm ci` into that install when there is none yet. What happened."""
    if (frontend / "node_modules").exists():
        return "packages already installed"
    digest = hashlib.sha256((frontend / "package.json").read_bytes() + (frontend / "package-lock.json").read_bytes())
    cache = Path(os.environ.get("NOCODO_NODE_CACHE", Path.home() / ".cache" / "nocodo-lsp" / "node"))
    install = cache / digest.hexdigest()[:16]
    if not (install / "node_modules" / ".package-lock.json").is_file():
        npm = shutil.which("npm")
        if npm is None:
            return "npm not found: the frontend's packages are not installed, so its type check is skipped"
        shutil.rmtree(install, ignore_errors=True)
        install.mkdir(parents=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(frontend / name, install / name)
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=install,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            return f"npm ci failed, the frontend's packages are not installed: {done.stderr.strip()[-300:]}"
    (frontend / "node_modules").symlink_to(install / "node_modules")
    return f"packages linked from {install}"


def client_functions(crate: Path, records: list[str]) -> str:
    """The generated part of the client: a typed function for each handler the backend routes for
    the plan's records (list, get, create, delete, by the handlers' own routes), and the types
    they use."""
    actix = read_crate(Workspace(crate), crate / "src" / "main.rs")
    routes = {(r.method, r.path) for r in actix.routes()} if actix else set()
    lines, types = [], []
    for record in records:
        model, table = pascal(record), plural(record)
        one, many = f"/{table}", f"/{table}/{{id}}"
        found = []
        if ("get", one) in routes:
            found.append(f'export const list{pascal(table)} = () => request<{model}[]>("{one}");')
        if ("get", many) in routes:
            found.append(f"export const get{model} = (id: number) => request<{model}>(`/{table}/${{id}}`);")
        if ("post", one) in routes:
            found.append(f'export const create{model} = (input: New{model}) => post<{model}>("{one}", input);')
            types.append(f"New{model}")
        if ("delete", many) in routes:
            found.append(f"export const delete{model} = (id: number) => remove(`/{table}/${{id}}`);")
        if found:
            types.append(model)
            lines += found
    if not lines:
        return ""
    return f'import type {{ {", ".join(sorted(types))} }} from "./types";\n\n' + "\n".join(lines) + "\n"


def write_client(crate: Path, records: list[str]) -> list[str]:
    """Rewrite what follows the marker of `frontend/src/api.ts` from the routes; what it did."""
    client = inside(crate, "frontend/src/api.ts", "API client")
    if not client.is_file():
        return []
    text = client.read_text(encoding="utf-8")
    if CLIENT_MARKER not in text:
        return []  # the person's own client: theirs to keep
    generated = client_functions(crate, records)
    new = text[: text.index(CLIENT_MARKER) + len(CLIENT_MARKER)] + generated
    if new == text:
        return []
    client.write_text(new, encoding="utf-8")
    return [f"frontend/src/api.ts: {generated.count('export const')} client functions"]

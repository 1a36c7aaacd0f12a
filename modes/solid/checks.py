"""What every generated SolidJS file must pass before the type check sees it.

It parses as TSX where it lands; it imports from the project's modules only what they export;
each JSX component it uses is imported or declared; each link goes to a route that exists; each
class name is one the project's Tailwind/DaisyUI generates.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..base import Finding
from ..style.tailwind import class_names, unknown_classes
from ..syntax import parse, syntax_problems, text_of, walk
from .project import Project

#: @solidjs/router's link component, whose `href` must name a route
_ROUTER_LINK = "A"


def _imports(root) -> dict[str, list[str]]:
    """module specifier -> the names imported from it."""
    found: dict[str, list[str]] = {}
    for node in root.named_children:
        if node.type != "import_statement":
            continue
        source = text_of(node.child_by_field_name("source")).strip("\"'")
        names = [text_of(s.child_by_field_name("name")) for s in walk(node) if s.type == "import_specifier"]
        default = [text_of(c) for c in walk(node) if c.type == "identifier" and c.parent is not None and c.parent.type == "import_clause"]
        found.setdefault(source, []).extend(names + default)
    return found


def _declared(root) -> set[str]:
    names = set()
    for node in walk(root):
        if node.type in ("function_declaration", "variable_declarator", "class_declaration", "interface_declaration", "type_alias_declaration"):
            names.add(text_of(node.child_by_field_name("name")))
    return names


def _link_paths(root) -> list[str]:
    """The path each `<A href=...>` goes to, with `${...}` parts read as route parameters."""
    paths = []
    for node in walk(root):
        if node.type not in ("jsx_opening_element", "jsx_self_closing_element") or text_of(node.child_by_field_name("name")) != _ROUTER_LINK:
            continue
        for attribute in node.named_children:
            if attribute.type == "jsx_attribute" and text_of(attribute.named_children[0]) == "href" and len(attribute.named_children) > 1:
                literal = re.search(r"[\"'`]([^\"'`]*)[\"'`]", text_of(attribute.named_children[1]))
                if literal:
                    paths.append(re.sub(r"\$\{[^}]*\}", ":", literal.group(1)))
    return paths


def module_findings(text: str, project: Project, file) -> list[Finding]:
    """The checks of a whole module `text` that will be `file` of `project`."""
    tree = parse(text, "tsx")
    problems = syntax_problems(tree)
    if problems:
        return [Finding("error", "the component does not parse as TSX: " + problems[0].describe(), hint="write valid TSX")]
    root = tree.root_node
    findings = []
    imports = _imports(root)
    # what each of the project's modules exports, by the specifier `file` would import it with
    exported = {project.import_path(file, path): names for path, names in project.exports.items()}
    for module, names in imports.items():
        if module in exported:
            for name in names:
                if name not in exported[module]:
                    findings.append(Finding("error", f"`{name}` is not exported by {module}", hint=f"use only what {module} exports"))
    known = {n for names in imports.values() for n in names} | _declared(root)
    for node in walk(root):
        if node.type in ("jsx_opening_element", "jsx_self_closing_element"):
            name = text_of(node.child_by_field_name("name")).split(".")[0]
            if name[:1].isupper() and name not in known:
                findings.append(Finding("error", f"the component `{name}` is neither imported nor declared"))
    for path in _link_paths(root):
        if path.startswith("/") and project.route_for(path) is None:
            findings.append(Finding("error", f"the link to `{path}` matches no route of {project.routes_file.name if project.routes_file else 'the router'}"))
    return findings + class_findings(root, project.root)


def class_findings(root, frontend: Path) -> list[Finding]:
    """Unknown class names are errors; a check that cannot run is a warning, never a pass."""
    names = class_names(root)
    if not names:
        return []
    try:
        unknown = unknown_classes(frontend, names)
    except RuntimeError as reason:
        return [Finding("warning", f"class names not checked: {reason}")]
    return [Finding("error", f"Tailwind/DaisyUI generates no class `{name}`", hint=f"`{name}` is not a Tailwind or DaisyUI class") for name in unknown]

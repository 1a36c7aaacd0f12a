"""The TypeScript modules of a frontend's src/: what each declares and exports, what it imports
from where, and which module the project itself imports each name from.

Nothing here knows a file name: a module's place is read from the specifiers other modules
import it by (relative, or through tsconfig's `paths`), re-exports (`export * from "./plant"`)
included.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

from ..frontend import TS_SUFFIXES
from ..syntax import Node, parse, text_of, walk

#: what a specifier may leave out when it names a module: its suffix, or `/index` and a suffix
_MODULE_ENDINGS = tuple(TS_SUFFIXES) + tuple(f"/index{suffix}" for suffix in TS_SUFFIXES)


@dataclass
class Module:
    path: Path
    tree: object
    #: the declarations it exports itself: name -> node (interface, type alias, function, variable)
    declared: dict[str, Node] = field(default_factory=dict)
    #: names it exports from another module: (specifier, names, or None for `export *`)
    re_exports: list[tuple[str, tuple[str, ...] | None]] = field(default_factory=list)
    #: what it imports: (specifier, imported names)
    imports: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    #: a global declaration file (`src/types.d.ts` with no import or export): its types are
    #: in scope everywhere, without an import
    ambient: bool = False


def _export_declarations(statement: Node) -> dict[str, Node]:
    """`export interface X`, `export type X = ...`, `export function x`, `export const x = ...`,
    and each name of `export const [plants, { refetch }] = ...` (the declarator for each)."""
    declaration = statement.child_by_field_name("declaration")
    if declaration is None:
        return {}
    if declaration.type in ("interface_declaration", "type_alias_declaration", "function_declaration", "class_declaration"):
        return {text_of(declaration.child_by_field_name("name")): declaration}
    found = {}
    for declarator in (d for d in declaration.named_children if d.type == "variable_declarator"):
        pattern = declarator.child_by_field_name("name")
        names = [pattern] if pattern.type == "identifier" else [n for n in walk(pattern) if n.type in ("identifier", "shorthand_property_identifier_pattern")]
        found.update({text_of(name): declarator for name in names})
    return found


def _local_declarations(root: Node) -> dict[str, Node]:
    """The module's own top-level declarations by name, exported or not."""
    found = {}
    for node in root.named_children:
        if node.type in ("function_declaration", "interface_declaration", "type_alias_declaration", "class_declaration"):
            found[text_of(node.child_by_field_name("name"))] = node
        elif node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in (d for d in node.named_children if d.type == "variable_declarator"):
                pattern = declarator.child_by_field_name("name")
                names = [pattern] if pattern.type == "identifier" else [n for n in walk(pattern) if n.type in ("identifier", "shorthand_property_identifier_pattern")]
                found.update({text_of(name): declarator for name in names})
    return found


def _clause_names(clause: Node) -> tuple[str, ...]:
    """The names an export or import clause brings: the alias when there is one."""
    names = []
    for specifier in walk(clause):
        if specifier.type in ("export_specifier", "import_specifier"):
            alias = specifier.child_by_field_name("alias")
            names.append(text_of(alias if alias is not None else specifier.child_by_field_name("name")))
    return tuple(names)


def read_module(path: Path, text: str) -> Module:
    tree = parse(text, "tsx" if path.suffix == ".tsx" else "typescript")
    module = Module(path, tree)
    for node in tree.root_node.named_children:
        if node.type == "import_statement":
            clause = next((c for c in node.named_children if c.type == "import_clause"), None)
            names = _clause_names(clause) if clause is not None else ()
            module.imports.append((text_of(node.child_by_field_name("source")).strip("\"'"), names))
        elif node.type == "export_statement":
            source = node.child_by_field_name("source")
            clause = next((c for c in node.named_children if c.type == "export_clause"), None)
            if source is not None:
                module.re_exports.append((text_of(source).strip("\"'"), _clause_names(clause) if clause is not None else None))
            elif clause is not None:
                # `export { plantsStore };`: names declared above without `export`
                local = _local_declarations(tree.root_node)
                module.declared.update({name: local[name] for name in _clause_names(clause) if name in local})
            else:
                module.declared.update(_export_declarations(node))
    if path.name.endswith(".d.ts") and not module.imports and not module.declared and not module.re_exports:
        module.ambient = True
        module.declared = {
            text_of(node.child_by_field_name("name")): node
            for node in tree.root_node.named_children
            if node.type in ("interface_declaration", "type_alias_declaration")
        }
    return module


def _path_aliases(root: Path, read: Callable[[Path], str | None]) -> list[tuple[str, Path]]:
    """tsconfig's `paths` (`"@/*": ["./src/*"]`) as (prefix, folder) pairs; none if unreadable."""
    text = read(root / "tsconfig.json") or ""
    try:
        options = json.loads(re.sub(r"^\s*//.*$", "", text, flags=re.M)).get("compilerOptions", {})
    except ValueError:
        return []
    base = root / options.get("baseUrl", ".")
    return [
        (pattern.removesuffix("*"), base / targets[0].removesuffix("*"))
        for pattern, targets in options.get("paths", {}).items()
        if pattern.endswith("*") and targets and targets[0].endswith("*")
    ]


@dataclass
class Sources:
    """Every .ts/.tsx module under src/, read once."""

    modules: dict[Path, Module]
    aliases: list[tuple[str, Path]]

    @classmethod
    def read(cls, root: Path, read: Callable[[Path], str | None], files: list[Path]) -> "Sources":
        modules = {path: read_module(path, read(path) or "") for path in files if path.suffix in TS_SUFFIXES}
        return cls(modules, _path_aliases(root, read))

    def resolve(self, from_file: Path, specifier: str) -> Path | None:
        """The project module `specifier` names from `from_file`; None for a package."""
        if specifier.startswith("."):
            base = from_file.parent / specifier
        else:
            base = next((folder / specifier[len(prefix):] for prefix, folder in self.aliases if specifier.startswith(prefix)), None)
            if base is None:
                return None
        base = Path(re.sub(r"\.js$", "", str(base)))  # ESM style: "./client.js" is client.ts
        candidates = [base] + [Path(str(base) + ending) for ending in _MODULE_ENDINGS]
        return next((c.resolve() for c in candidates if c.resolve() in self.modules), None)

    def exports(self, path: Path, seen: frozenset[Path] = frozenset()) -> dict[str, Path]:
        """Every name module `path` exports -> the module declaring it (re-exports followed)."""
        module = self.modules.get(path)
        if module is None or path in seen:
            return {}
        found = {name: path for name in module.declared}
        for specifier, names in module.re_exports:
            target = self.resolve(path, specifier)
            if target is None:
                continue
            theirs = self.exports(target, seen | {path})
            found.update(theirs if names is None else {n: theirs[n] for n in names if n in theirs})
        return found

    @cached_property
    def import_counts(self) -> Counter[tuple[str, Path]]:
        """How many modules import each (name, module) pair: where the project gets each name."""
        counts: Counter[tuple[str, Path]] = Counter()
        for module in self.modules.values():
            for specifier, names in module.imports:
                target = self.resolve(module.path, specifier)
                if target is not None:
                    exported = self.exports(target)
                    counts.update((name, target) for name in names if name in exported)
        return counts

    @cached_property
    def _use(self) -> Counter[Path]:
        """How many names the project's modules import from each module."""
        return Counter(path for (_, path) in self.import_counts.elements())

    def by_use(self) -> list[Module]:
        """The modules, those the project imports most first (then by path): where two declare a
        name, the one in use wins."""
        return sorted(self.modules.values(), key=lambda m: (-self._use[m.path], str(m.path)))

    def ambient(self) -> set[str]:
        """The names global declaration files declare: in scope without an import."""
        return {name for module in self.modules.values() if module.ambient for name in module.declared}

    def homes(self) -> dict[str, Path]:
        """Each exported name -> the module to import it from: the one the project's modules
        import it from most; for a name no module imports yet, the module the project imports
        most of its other names from (`../types` re-exporting `./book`), else where it is declared."""
        homes: dict[str, tuple[Path, tuple[int, int, bool]]] = {}
        for module in (m for m in self.by_use() if not m.ambient):
            for name, declaring in self.exports(module.path).items():
                rank = (self.import_counts[(name, module.path)], self._use[module.path], module.path == declaring)
                if name not in homes or rank > homes[name][1]:
                    homes[name] = (module.path, rank)
        return {name: path for name, (path, _) in homes.items()}

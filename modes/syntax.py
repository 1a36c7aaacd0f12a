"""Tree-sitter parsing shared by every mode: one cached parser per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import tree_sitter
import tree_sitter_rust
import tree_sitter_typescript

Node = tree_sitter.Node


@lru_cache(maxsize=None)
def _language(name: str) -> tree_sitter.Language:
    if name == "rust":
        return tree_sitter.Language(tree_sitter_rust.language())
    if name == "typescript":
        return tree_sitter.Language(tree_sitter_typescript.language_typescript())
    if name == "tsx":
        return tree_sitter.Language(tree_sitter_typescript.language_tsx())
    raise ValueError(f"no tree-sitter grammar for {name!r}")


def parse(text: str, language: str = "rust") -> tree_sitter.Tree:
    # Parsers are cheap but not thread-safe; one per call keeps the worker threads independent.
    parser = tree_sitter.Parser(_language(language))
    return parser.parse(text.encode("utf-8"))


def walk(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def text_of(node: Node | None) -> str:
    return node.text.decode("utf-8") if node is not None and node.text is not None else ""


@dataclass(frozen=True)
class SyntaxProblem:
    line: int  # 0-based
    column: int
    kind: str  # "error" or "missing"
    snippet: str

    def describe(self) -> str:
        what = "unexpected syntax" if self.kind == "error" else "missing syntax"
        return f"{what} at line {self.line + 1}, column {self.column + 1}: {self.snippet!r}"


def syntax_problems(tree_or_node, start_byte: int = 0, end_byte: int | None = None) -> list[SyntaxProblem]:
    """ERROR and MISSING nodes, optionally only those overlapping a byte range."""
    root = tree_or_node.root_node if isinstance(tree_or_node, tree_sitter.Tree) else tree_or_node
    if not root.has_error:
        return []
    problems = []
    for node in walk(root):
        if end_byte is not None and (node.end_byte < start_byte or node.start_byte > end_byte):
            continue
        if node.is_error or node.is_missing:
            problems.append(
                SyntaxProblem(
                    line=node.start_point[0],
                    column=node.start_point[1],
                    kind="missing" if node.is_missing else "error",
                    snippet=text_of(node)[:60] or node.type,
                )
            )
    return problems


def byte_offset(text: str, line: int, character: int) -> int:
    """Byte offset of an LSP position (UTF-16 character offsets) in `text`."""
    lines = text.split("\n")
    line = max(0, min(line, len(lines) - 1)) if lines else 0
    before = sum(len(l.encode("utf-8")) + 1 for l in lines[:line])
    current = lines[line] if lines else ""
    units = 0
    chars = 0
    for ch in current:
        if units >= character:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        chars += 1
    return before + len(current[:chars].encode("utf-8"))


def lsp_character(line_text: str, byte_column: int) -> int:
    """The LSP (UTF-16) character of a tree-sitter byte column within its line."""
    before = line_text.encode("utf-8")[:byte_column].decode("utf-8", errors="replace")
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in before)


def indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def smallest_node_at(root: Node, offset: int) -> Node:
    return root.descendant_for_byte_range(offset, offset) or root


def ancestors(node: Node | None) -> Iterator[Node]:
    while node is not None:
        yield node
        node = node.parent

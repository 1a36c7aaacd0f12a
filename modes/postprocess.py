"""Deterministic clean-up of a model's answer: the model need not get the formatting right."""

from __future__ import annotations

import re

_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)
_FENCE = re.compile(r"```[\w+-]*[ \t]*\n(.*?)(?:```|$)", re.S)
_USE_LINE = re.compile(r"^\s*(pub\s+)?use\s+[^;]+;[ \t]*\n?", re.M)


def strip_think(text: str) -> str:
    return _THINK.sub("", text)


def unwrap_fences(text: str) -> str:
    """The first fenced block when the model fenced its answer; the text itself otherwise."""
    if "```" not in text:
        return text
    # Text before the first fence that already is code (a prefilled signature) stays in front.
    head, _, _ = text.partition("```")
    match = _FENCE.search(text)
    if not match:
        return text.replace("```", "")
    block = match.group(1)
    return head + block if head.strip() and not head.strip().endswith(":") else block


def split_use_lines(code: str) -> tuple[str, list[str]]:
    """The code without `use` lines, and those lines (the pipeline re-injects correct imports)."""
    uses = [m.group(0).strip() for m in _USE_LINE.finditer(code)]
    return _USE_LINE.sub("", code), uses


def _skip_literal(code: str, index: int) -> int:
    """Index just after a string, char literal or comment starting at `index`, else `index`."""
    rest = code[index:]
    if rest.startswith("//"):
        end = code.find("\n", index)
        return len(code) if end < 0 else end
    if rest.startswith("/*"):
        end = code.find("*/", index + 2)
        return len(code) if end < 0 else end + 2
    raw = re.match(r'r(#*)"', rest)
    if raw:
        closing = '"' + raw.group(1)
        end = code.find(closing, index + raw.end())
        return len(code) if end < 0 else end + len(closing)
    if rest.startswith('"') or rest.startswith('`'):
        quote = rest[0]
        position = index + 1
        while position < len(code):
            if code[position] == "\\":
                position += 2
                continue
            if code[position] == quote:
                return position + 1
            position += 1
        return len(code)
    char = re.match(r"'(\\.[^']*|[^\\'])'", rest)
    if char:
        return index + char.end()
    return index


def end_of_first_block(code: str, open_char: str = "{", close_char: str = "}") -> int | None:
    """Index just past the brace that closes the first top-level block, or None if still open."""
    depth = 0
    seen_open = False
    index = 0
    while index < len(code):
        after = _skip_literal(code, index)
        if after != index:
            index = after
            continue
        ch = code[index]
        if ch == open_char:
            depth += 1
            seen_open = True
        elif ch == close_char:
            depth -= 1
            if seen_open and depth == 0:
                return index + 1
            if depth < 0:
                return None
        index += 1
    return None


def first_item(code: str) -> str:
    """Code up to the end of its first complete `{ ... }` item (a function, struct, macro)."""
    end = end_of_first_block(code)
    if end is None:
        return code.rstrip()
    # Keep a `;` that closes a macro invocation such as `diesel::joinable!(...);` or `}` + `;`.
    tail = code[end:]
    if tail.lstrip(" \t").startswith(";"):
        end += tail.find(";") + 1
    return code[:end]


def reindent(code: str, indent: str) -> str:
    """Shift a block so its least indented line starts at `indent`; keeps relative indentation."""
    lines = code.replace("\t", "    ").split("\n")
    body = [line for line in lines if line.strip()]
    if not body:
        return ""
    margin = min(len(line) - len(line.lstrip(" ")) for line in body)
    shifted = [indent + line[margin:] if line.strip() else "" for line in lines]
    # A closing brace of the item must line up with its opening line.
    if len(shifted) > 1 and shifted[-1].strip() == "}":
        shifted[-1] = indent + "}"
    return "\n".join(shifted).strip("\n").rstrip()


def clean_answer(raw: str) -> str:
    """The shared first steps for every mode: drop reasoning, unwrap fences, drop imports."""
    code = unwrap_fences(strip_think(raw))
    code, _ = split_use_lines(code)
    return code

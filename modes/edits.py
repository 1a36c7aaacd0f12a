"""Text positions and edits in LSP terms (0-based lines, UTF-16 characters)."""

from __future__ import annotations

import difflib
import re

from .base import Edit


def _utf16_length(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


def _offset(lines: list[str], line: int, character: int) -> int:
    line = min(line, len(lines) - 1)
    before = sum(len(l) + 1 for l in lines[:line])
    units = 0
    for index, ch in enumerate(lines[line]):
        if units >= character:
            return before + index
        units += 2 if ord(ch) > 0xFFFF else 1
    return before + len(lines[line])


def apply_edits(text: str, edits: list[Edit]) -> str:
    """The text after the edits (non-overlapping), as an editor applies them."""
    lines = text.split("\n")
    # Applied back to front; inserts at one position keep their array order, as LSP specifies.
    spans = sorted(
        (
            (_offset(lines, e.start_line, e.start_character), _offset(lines, e.end_line, e.end_character), index, e.new_text)
            for index, e in enumerate(edits)
        ),
        reverse=True,
    )
    for start, end, _, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def insert_lines(line: int, block: str) -> Edit:
    """Insert whole lines before `line`."""
    return Edit(line, 0, line, 0, block.rstrip("\n") + "\n")


def replace_lines(first: int, last: int, block: str, lines: list[str]) -> Edit:
    """Replace lines first..last (inclusive) with `block`."""
    return Edit(first, 0, last, _utf16_length(lines[last]), block.rstrip("\n"))


def line_range_of(text: str, start_offset: int, length: int) -> tuple[int, int]:
    """First and last 0-based line of a character span."""
    first = text.count("\n", 0, start_offset)
    return first, first + text.count("\n", start_offset, start_offset + length)


def changed_lines_edit(old: str, new: str) -> Edit:
    """One edit replacing just the lines that differ between `old` and `new`."""
    old_lines, new_lines = old.split("\n"), new.split("\n")
    head = 0
    while head < min(len(old_lines), len(new_lines)) and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(old_lines), len(new_lines)) - head
        and old_lines[-1 - tail] == new_lines[-1 - tail]
    ):
        tail += 1
    old_end = len(old_lines) - tail
    replacement = "\n".join(new_lines[head : len(new_lines) - tail])
    if old_end > head:
        return Edit(head, 0, old_end - 1, _utf16_length(old_lines[old_end - 1]), replacement)
    return Edit(head, 0, head, 0, replacement + "\n")


def hunk_edits(old: str, new: str) -> list[Edit]:
    """One edit per run of changed lines: what stayed the same is not touched."""
    # Lines with their newline, so a last line without one is compared and replaced like any other.
    old_lines, new_lines = _lines_with_ends(old), _lines_with_ends(new)
    last = old.split("\n")
    end_of_text = (len(last) - 1, _utf16_length(last[-1]))
    edits = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, first, end, new_first, new_end in matcher.get_opcodes():
        if tag != "equal":
            stop = (end, 0) if end < len(old_lines) else end_of_text
            start = (first, 0) if first < len(old_lines) else end_of_text
            edits.append(Edit(*start, *stop, "".join(new_lines[new_first:new_end])))
    return edits


def _lines_with_ends(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)

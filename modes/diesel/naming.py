"""Diesel's naming conventions: plural snake_case tables, singular PascalCase models."""

from __future__ import annotations


def singular(word: str) -> str:
    """`owners` -> `owner`, `categories` -> `category`, `classes` -> `class`."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """`owner` -> `owners`, `category` -> `categories`, `class` -> `classes`."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def pascal(name: str) -> str:
    """`staff_member` -> `StaffMember`."""
    return "".join(part.capitalize() for part in name.split("_"))


def model_name(table: str) -> str:
    """The model struct a table's rows map to: `staff_members` -> `StaffMember`."""
    return pascal(singular(table))

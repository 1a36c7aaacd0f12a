"""Names a generated component uses, from the API's field and type names."""

from __future__ import annotations

import re

from ..diesel.naming import plural


def camel(name: str) -> str:
    """`weight_kg` -> `weightKg` (a signal's name)."""
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def setter(name: str) -> str:
    """`weight_kg` -> `setWeightKg`."""
    signal = camel(name)
    return "set" + signal[:1].upper() + signal[1:]


def label(name: str) -> str:
    """`weight_kg` -> `Weight kg`; a trailing `_id` reads as the thing it points to."""
    words = re.sub(r"_id$", "", name).split("_")
    return " ".join(words).capitalize()


def type_words(type_name: str) -> str:
    """`AppointmentStatus` -> `appointment status`."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", type_name).lower()


def collection(type_name: str) -> str:
    """`Pet` -> `pets`, `AppointmentStatus` -> `appointmentStatuses`: the variable for a list."""
    words = type_words(type_name).split()
    return camel("_".join(words[:-1] + [plural(words[-1])]))


def url_segment(type_name: str) -> str:
    """`Pet` -> `pets`, `StaffMember` -> `staff-members`: the conventional path of a type's pages."""
    words = type_words(type_name).split()
    return "-".join(words[:-1] + [plural(words[-1])])


def render(template: str, values: dict[str, str]) -> str:
    """`@@key@@` placeholders filled in (a key missing from `values` raises KeyError)."""
    return re.sub(r"@@(\w+)@@", lambda m: values[m.group(1)], template)

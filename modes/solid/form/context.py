"""What `solid.form` needs: the API type, the client functions that save (and load) it, its fields."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...base import ModeError, Request
from ..component_file import choose, choose_type, component_name, example_file, require_component_spot
from ..project import ApiFunction, Field, Interface, Project, Route, read_project, takes_an_id
from ..view.context import get_function
from ..words import type_words, url_segment

VARIANTS = ["create", "edit"]


@lru_cache(maxsize=None)
def inputs() -> dict:
    with open(Path(__file__).parent / "inputs.toml", "rb") as file:
        return tomllib.load(file)


def input_kind(field: Field, project: Project) -> str | None:
    """The kind of input (inputs.toml) that holds the field, None when none can."""
    if field.base_type in project.unions:
        return "select"
    for rule in inputs()["rule"]:
        if rule["type"] == field.base_type and re.search(rule.get("name", ""), field.name):
            return rule["kind"]
    return None


@dataclass
class FormContext:
    request: Request
    project: Project
    variant: str
    #: the record type the API answers with (Owner)
    type: Interface
    #: the type the save function takes (NewOwner for create, OwnerChanges for edit)
    input: Interface
    save: ApiFunction
    #: edit only: getT(id), which fills the form
    load: ApiFunction | None
    name: str
    detail_route: Route | None
    #: optional fields of the input type no input can hold (a list of records): left out of the
    #: form, so a save leaves them as they are
    left_out: list[str] = field(default_factory=list)

    def required(self, field: Field) -> bool:
        """A create form needs what the input type cannot leave out; an edit form what the record always has."""
        if self.variant == "create":
            return not field.nullable
        in_record = self.type.field(field.name)
        return in_record is not None and not in_record.nullable


def create_function(project: Project, type_name: str) -> ApiFunction | None:
    """postT(input: NewT): one parameter of an object type (named, or `Omit<T, "id">`), resolving to T."""
    return next(
        (f for f in project.api.values() if f.returns == type_name and len(f.params) == 1 and project.input_type(f.params[0][1])),
        None,
    )


def update_function(project: Project, type_name: str) -> ApiFunction | None:
    """updateT(id: number, changes: TChanges), resolving to T."""
    return next(
        (
            f for f in project.api.values()
            if f.returns == type_name and len(f.params) == 2 and takes_an_id(f.params[0][1]) and project.input_type(f.params[1][1])
        ),
        None,
    )


def _serves(project: Project, variant: str, interface: Interface) -> bool:
    if variant == "create":
        return create_function(project, interface.name) is not None
    return update_function(project, interface.name) is not None and get_function(project, interface.name) is not None


def _saved_from(project: Project, input_name: str) -> str | None:
    """The record type a save function answers with, when it takes `input_name` (NewOwner -> Owner)."""
    return next((f.returns for f in project.api.values() if f.params and f.params[-1][1] == input_name and f.returns in project.interfaces), None)


def build_context(request: Request) -> FormContext:
    project = read_project(request)
    require_component_spot(request, "solid.form", example_file(project, "Form"))
    variant = choose("variant", request.args.get("variant"), VARIANTS, "A form that creates a record, or one that edits it?")
    interface = choose_type(
        request, project, lambda t: _serves(project, variant, t),
        f"Which API type should the {variant} form save? (types the API client can {'create' if variant == 'create' else 'load and update'})",
        lacking=lambda name: (
            f"The app has no way yet to {'send a new ' + type_words(name) if variant == 'create' else 'load and save changes to a ' + type_words(name)}"
            " to its server: none of its functions that call the server does that."
        ),
        served_by=lambda name: _saved_from(project, name),
    )
    save = create_function(project, interface.name) if variant == "create" else update_function(project, interface.name)
    input_type = project.input_type(save.params[-1][1])
    left_out = [f.name for f in input_type.fields if f.optional and input_kind(f, project) is None]
    input_type = Interface(input_type.name, tuple(f for f in input_type.fields if f.name not in left_out))
    if not input_type.fields:
        raise ModeError(f"`{input_type.name}`, what {save.call}() takes, has no fields to put in a form")
    return FormContext(
        request=request,
        project=project,
        variant=variant,
        type=interface,
        input=input_type,
        save=save,
        load=get_function(project, interface.name) if variant == "edit" else None,
        name=component_name(request, ("New" if variant == "create" else "Edit") + interface.name + "Form"),
        detail_route=project.route_for(f"/{url_segment(interface.name)}/:id"),
        left_out=left_out,
    )

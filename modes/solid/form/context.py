"""What `solid.form` needs: the API type, the client functions that save (and load) it, its fields."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...base import ModeError, Request
from ..component_file import choose, choose_type, component_name, example_file, require_component_spot
from ...diesel.naming import pascal
from ..project import ApiFunction, Field, Interface, MutationHook, Project, Route, read_project, takes_an_id
from ..request_words import said, type_in_words, variant_in_words, with_reading
from ..view.context import get_function, list_function
from ..view.render import display
from ..words import collection, type_words, url_segment

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


@dataclass(frozen=True)
class RelatedList:
    """Where a form picks a related record from (the Cleaner of `cleaner_id`): the list the
    project already provides."""

    #: the record type
    type: str
    #: the expression giving the list, or undefined while it loads: `cleaners()`, `boxesQuery.data`
    records: str
    #: the hook giving it, called once in the form (`useData`, `useBoxes`), if any
    hook: str | None
    #: what the form declares from the hook's value or to load it: `{ cleaners }` of
    #: `const { cleaners } = useData();`, `boxesQuery` of `const boxesQuery = useBoxes();`
    declared: str | None
    #: what the form imports from the project for it
    imported: str
    #: the client function loaded in the form itself, when the project provides no list
    loader: str | None = None


def related_list(project: Project, field: Field) -> RelatedList | None:
    """The list a record's `X_id` is picked from: the one a context hook shares, else one the
    project loads once and shares, else its query hook's, else the client's list function's."""
    if not field.name.endswith("_id") or field.base_type != "number":
        return None
    type_name = pascal(field.name[:-3])
    record = project.interfaces.get(type_name)
    if record is None or record.field("id") is None:
        return None
    shared = project.context_lists.get(type_name)
    if shared is not None:
        return RelatedList(type_name, shared.field + ("()" if shared.accessor else ""), shared.hook, shared.field, shared.hook)
    lister = list_function(project, type_name)
    if lister is None or lister.params:
        return None
    items = collection(type_name)
    if lister.call in project.shared_lists:
        accessor = project.shared_lists[lister.call]
        return RelatedList(type_name, f"{accessor}()", None, None, accessor)
    hook = project.query_hooks.get(lister.call)
    if hook is not None and not hook[1]:
        return RelatedList(type_name, f"{items}Query.data", hook[0], f"{items}Query", hook[0])
    return RelatedList(type_name, f"{items}()", None, f"[{items}]", lister.imported, loader=lister.call)


def option_text(project: Project, related: RelatedList, item: str) -> str:
    """How an option names a related record: its title field (display.toml), else its id."""
    record = project.interfaces[related.type]
    title = next((name for name in display()["title_fields"] if record.field(name)), None)
    return f"{{{item}.{title}}}" if title else f"#{{{item}.id}}"


@dataclass(frozen=True)
class FormStyle:
    """How the project's own forms are written, read from them (most of them decide)."""

    #: one `createStore` object per form rather than a signal per field
    store: bool = False
    #: saved from a button's onClick rather than a <form>'s onSubmit
    click: bool = False


_INPUT = re.compile(r"<(input|select|textarea)\b")
_STORE = re.compile(r"\bcreateStore\s*[<(]")


def form_style(request: Request, project: Project) -> FormStyle:
    """The project's forms are its components with inputs that save (a `<form>`, or a call of a
    client function taking a record or of a mutation hook)."""
    savers = {f.name for f in project.api.values() if f.params and project.input_type(f.params[-1][1])}
    savers |= {hook.name for hook in project.mutation_hooks.values()}
    own = Path(request.path).resolve()
    forms = []
    for path in sorted(set(project.components.values())):
        text = request.workspace.read(path) or "" if path.resolve() != own else ""
        if _INPUT.search(text) and ("<form" in text or any(re.search(rf"\b{re.escape(name)}\(", text) for name in savers)):
            forms.append(text)
    if not forms:
        return FormStyle()
    most = len(forms) / 2
    return FormStyle(
        store=sum(bool(_STORE.search(text)) for text in forms) > most,
        click=sum("onSubmit" not in text and "onClick" in text for text in forms) > most,
    )


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
    #: the project's mutation hook around the save function (`useCreateBox`), if it has one
    mutation: MutationHook | None = None
    #: the related records' lists, by the field holding one's id (`cleaner_id`)
    related: dict[str, RelatedList] = field(default_factory=dict)
    style: FormStyle = FormStyle()

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
    words = said(request)
    request = with_reading(request, variant=variant_in_words(words))
    variant = choose("variant", request.args.get("variant"), VARIANTS, "A form that creates a record, or one that edits it?")
    request = with_reading(request, type=type_in_words(project, words, [name for name, t in project.interfaces.items() if _serves(project, variant, t)]))
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
        mutation=project.mutation_hooks.get(save.call),
        related={f.name: found for f in input_type.fields if (found := related_list(project, f))},
        style=form_style(request, project),
    )

"""What `solid.view` needs: the API type, the client function that loads it, and the routes it links to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...base import Request
from ...diesel.naming import singular
from ..component_file import choose, choose_type, component_name, example_file, is_placeholder, require_component_spot
from ..project import ApiFunction, Interface, Project, Route, read_project, takes_an_id
from ..request_words import Shaping, kind_in_words, said, shaping_in_words, type_in_words, with_reading
from ..words import collection, type_words, url_segment

KINDS = ["list", "detail"]


@dataclass
class ViewContext:
    request: Request
    project: Project
    kind: str
    type: Interface
    #: listT() for a list, getT(id) for a detail
    loader: ApiFunction
    name: str
    #: the detail, edit and list routes of this type, where the router has them
    detail_route: Route | None
    edit_route: Route | None
    list_route: Route | None
    #: which rows a list keeps and their order, as the person's words ask
    shaping: Shaping = Shaping()


def _words(name: str) -> set[str]:
    """`listSupplierPlants` -> {list, supplier, plant}: the words of a name, singular."""
    return {singular(w.lower()) for w in re.findall(r"[A-Z]?[a-z0-9]+", name)}


def list_function(project: Project, type_name: str, wanted: set[str] = frozenset()) -> ApiFunction | None:
    """The client function listing `type_name`s: those of one parent (one number parameter,
    `listSupplierPlants(supplierId)`) when the person's words name that parent, else every one
    (no parameters), else those of one parent, resolving to `T[]`."""
    lists = [f for f in project.api.values() if f.returns == f"{type_name}[]"]
    scoped = [f for f in lists if len(f.params) == 1 and takes_an_id(f.params[0][1])]
    named = [f for f in scoped if (_words(f.call) - _words(type_name) - {"list"}) & wanted]
    return next(iter(named + [f for f in lists if not f.params] + scoped), None)


def wanted_words(request: Request) -> set[str]:
    """The person's own words about the view: its file's name and a placeholder's comments."""
    words = _words(request.path.stem)
    if is_placeholder(request.text):
        words |= {singular(w.lower()) for w in re.findall(r"[A-Za-z]+", request.text)}
    return words


def get_function(project: Project, type_name: str) -> ApiFunction | None:
    """The client function loading one `type_name` by its number id."""
    return next((f for f in project.api.values() if f.returns == type_name and len(f.params) == 1 and takes_an_id(f.params[0][1])), None)


def build_context(request: Request) -> ViewContext:
    project = read_project(request)
    require_component_spot(request, "solid.view", example_file(project, "List"))
    words = said(request)
    request = with_reading(request, kind=kind_in_words(words, request.args.get("type") or type_in_words(project, words, list(project.interfaces))))
    kind = choose("kind", request.args.get("kind"), KINDS, "A list of records, or one record's detail?")
    wanted = wanted_words(request)
    finder = (lambda project, name: list_function(project, name, wanted)) if kind == "list" else get_function
    request = with_reading(request, type=type_in_words(project, words, [name for name in project.interfaces if finder(project, name)]))
    interface = choose_type(
        request, project, lambda t: finder(project, t.name) is not None,
        f"Which API type should the {kind} view show? (types the API client can {'list' if kind == 'list' else 'load by id'})",
        lacking=lambda name: (
            f"The app has no way yet to fetch {'the list of ' + type_words(collection(name)) if kind == 'list' else 'one ' + type_words(name) + ' by its number'}"
            " from its server: none of its functions that call the server returns that."
        ),
    )
    segment = url_segment(interface.name)
    return ViewContext(
        request=request,
        project=project,
        kind=kind,
        type=interface,
        loader=finder(project, interface.name),
        name=component_name(request, interface.name + ("List" if kind == "list" else "Detail")),
        detail_route=project.route_for(f"/{segment}/:id"),
        edit_route=project.route_for(f"/{segment}/:id/edit"),
        list_route=project.route_for(f"/{segment}"),
        shaping=shaping_in_words(words, interface, project) if kind == "list" else Shaping(),
    )

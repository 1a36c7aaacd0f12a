"""The view's code, settled by the API type and the client function: no model is needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
import tomllib
from functools import lru_cache
from pathlib import Path

from ...diesel.naming import pascal, singular
from ..component_file import export_keyword, template
from ..project import ApiFunction, Field, Project, StoreLoad
from ..request_words import said
from ..words import collection, label, render, setter, type_words, url_segment
from .context import ViewContext

_FOLDER = Path(__file__).parent


@lru_cache(maxsize=None)
def display() -> dict:
    with open(_FOLDER / "display.toml", "rb") as file:
        return tomllib.load(file)


def _helpers(field: Field, project: Project) -> tuple[str, ...]:
    """The project's own helpers that write this field: those its components show the field with
    (`formatDay`, `formatTime`), else its money formatter for an amount in cents, its date
    formatter for a date held as a string."""
    learned = project.field_displays.get(field.name)
    if learned and field.base_type in ("string", "number") and all(h in project.homes for h in learned.helpers):
        return learned.helpers
    if project.cents_formatter and field.name.endswith("_cents") and field.base_type == "number":
        return (project.cents_formatter,)
    if project.date_formatter and field.base_type == "string" and re.search(display()["date_field"], field.name):
        return (project.date_formatter,)
    return ()


def _written_template(field: Field, project: Project) -> str | None:
    """How the project's components write this field in place (`(@@value@@ / 100).toFixed(2)`),
    or an amount in cents as they write another's."""
    if field.base_type not in ("number", "string"):
        return None
    if field.name in project.field_templates:
        return project.field_templates[field.name]
    if field.name.endswith("_cents") and field.base_type == "number":
        return next((t for name, t in project.field_templates.items() if name.endswith("_cents")), None)
    return None


def _template_helpers(field: Field, project: Project) -> list[str]:
    """The project's helpers a field's in-place writing calls, which the view imports."""
    template = _written_template(field, project) or ""
    return [name for name in re.findall(r"(?<![.\w])([A-Za-z_]\w*)\s*\(", template) if name in project.homes]


def _value(field: Field, record: str, project: Project) -> str:
    """The JSX expression showing `record.field`, through the project's own helpers if it has
    them for it."""
    rules = display()
    access = f"{record}.{field.name}"
    # past the null test, the value is not null; a call's result (`found().born_on`) is not
    # narrowed by TypeScript, so the formatted branch says so itself
    value = f"{access}!" if field.nullable and record.endswith(")") else access
    helpers = _helpers(field, project)
    template = _written_template(field, project)
    if template is not None and not helpers:
        shown = template.replace("@@value@@", value)
        if field.nullable:
            shown = f'{access} == null ? "{rules["empty"]}" : {shown}'
        return "{" + shown + "}"
    if len(helpers) > 1:
        # shown as the project's components show it: `{formatDay(v)} · {formatTime(v)}`
        separator = project.field_displays[field.name].separator
        joined = separator.join("{" + f"{helper}({value})" + "}" for helper in helpers)
        if not field.nullable:
            return joined
        return "{" + f'{access} == null ? "{rules["empty"]}" : <>{joined}</>' + "}"
    if helpers:
        shown = f"{helpers[0]}({value})"
    else:
        shown = render(rules["cells"].get(_cell_kind(field), rules["cells"]["default"]), {"value": value})
    if field.nullable:
        shown = f'{access} == null ? "{rules["empty"]}" : {shown}' if shown != value else f'{access} ?? "{rules["empty"]}"'
    return "{" + shown + "}"


def _shown_fields(context: ViewContext) -> list[Field]:
    """The record's fields a person reads: all but a reference (`client_id`) the record also
    names in words (`client_name`)."""
    names = {f.name for f in context.type.fields}
    readable = display()["readable_references"]

    def named_elsewhere(field: Field) -> bool:
        stem = field.name[: -len("_id")] if field.name.endswith("_id") else None
        return stem is not None and any(f"{stem}_{suffix}" in names for suffix in readable)

    return [f for f in context.type.fields if not named_elsewhere(f)]


def _cell_kind(field: Field) -> str:
    """Which of display.toml's cells writes the field: by its type, a date held as a string by
    its name."""
    rules = display()
    if field.base_type.endswith("[]") or field.base_type.startswith("Array<"):
        return "array"
    if field.base_type == "string" and re.search(rules["date_field"], field.name):
        return "moment" if re.search(rules["moment_field"], field.name) else "date"
    return field.base_type


def _title_field(context: ViewContext) -> Field | None:
    return next((context.type.field(name) for name in display()["title_fields"] if context.type.field(name)), None)


def _href(route_path: str, id_expression: str) -> str:
    """`/pets/:id` for `pet.id` -> {`/pets/${pet.id}`}: every parameter is that id."""
    return "{`" + re.sub(r":\w+", "${" + id_expression + "}", route_path) + "`}"


def _action_link(field: Field, record: str) -> str | None:
    """A value a person acts on (display.toml's links: a phone number to call, an address to
    write to) as a link doing so; None for any other field."""
    if field.base_type != "string":
        return None
    rule = next((r for r in display()["links"] if re.search(r["field"], field.name)), None)
    if rule is None:
        return None
    access = f"{record}.{field.name}"
    link = f'<a class="link" href={{`{render(rule["href"], {"value": access})}`}}>{{{access}}}</a>'
    return f'{{{access} ? {link} : "{display()["empty"]}"}}' if field.nullable else link


def _shown(field: Field, record: str, context: ViewContext) -> str:
    """A field's value; a parent's id (`owner_id`) links to the parent's detail route if there is
    one, a value a person acts on (a phone number) to doing so."""
    value = _action_link(field, record) or _value(field, record, context.project)
    if not field.name.endswith("_id") or field.nullable or field.base_type != "number":
        return value
    reference = next((r for r in references(context) if r.field == field.name), None)
    if reference is not None:
        # the record it points at, by its name (the customer, not customer 3)
        value = f'{{{_loaded(reference, context)}.find((r) => r.id === {record}.{field.name})?.{reference.title} ?? "{display()["empty"]}"}}'
    parent = context.project.route_for(f"/{url_segment(pascal(field.name[:-3]))}/:id")
    if parent is None:
        return value
    return f'<A class="link" href={_href(parent.path, f"{record}.{field.name}")}>{value}</A>'


@dataclass(frozen=True)
class Reference:
    """A record the view's record points at (`customer_id`), shown by its name from the list the
    view loads of them."""

    field: str
    type: str
    #: the list's accessor (`customers`) and its loader (`getCustomers`)
    records: str
    loader: ApiFunction
    #: the field naming one (`name`)
    title: str
    #: its other fields the request's words ask for ("their phone number": `phone`)
    said: tuple[str, ...] = ()


def _loaded(reference: Reference, context: ViewContext) -> str:
    """The referenced records as loaded so far: a resource that failed or is still loading reads
    as none (its names show as "—"), so the view's own rows show whatever becomes of it."""
    project = context.project
    if reference.loader.call in project.store_loads or project.loads_on_mount:
        return f"({reference.records}() ?? [])"
    return f'({reference.records}.state === "ready" ? {reference.records}() : [])'


def _referenced(reference: Reference, record: str, name: str, context: ViewContext) -> str:
    """Another field of the record a reference points at: `{customer's phone}`."""
    return f'{{{_loaded(reference, context)}.find((r) => r.id === {record}.{reference.field})?.{name} ?? "{display()["empty"]}"}}'


def references(context: ViewContext) -> list[Reference]:
    """The references the view shows by name: a non-null `x_id` whose record type the client
    can list whole and has a naming field."""
    found = []
    comment = said(context.request).comment
    words = set(comment) | {singular(w) for w in comment}
    for field in _shown_fields(context):
        if not field.name.endswith("_id") or field.nullable or field.base_type != "number":
            continue
        type_name = pascal(field.name[:-3])
        target = context.project.interfaces.get(type_name)
        if target is None or type_name == context.type.name:
            continue
        lister = next((f for f in context.project.api.values() if f.returns == f"{type_name}[]" and not f.params), None)
        title = next((name for name in display()["title_fields"] if target.field(name) and not target.field(name).nullable), None)
        if lister is not None and title is not None:
            own = {f.name for f in context.type.fields}
            asked = tuple(f.name for f in target.fields if f.name not in own and f.name != title and set(f.name.split("_")) & words)
            found.append(Reference(field.name, type_name, collection(type_name), lister, title, asked))
    return found


def _reference_loading(context: ViewContext) -> str:
    """The lines loading each referenced list, as the view loads its own records."""
    lines = ""
    for reference in references(context):
        stored = context.project.store_loads.get(reference.loader.call)
        if stored is not None:
            lines += _from_store(reference.records, stored, "")
        elif context.project.loads_on_mount:
            lines += _on_mount(reference.records, f"{reference.type}[]", "[]", f"{reference.loader.call}()")
        else:
            lines += f"  const [{reference.records}] = createResource({reference.loader.call});\n\n"
    return lines


def _project_imports(context: ViewContext, source: str, types: list[str], also: list[str] = ()) -> str:
    """The view's imports from the project's own modules: where its records come from (`source`:
    the loader, or a list the project shares), the formatters its fields are shown with, and `types`."""
    formatters = sorted({helper for field in context.type.fields for helper in (*_helpers(field, context.project), *_template_helpers(field, context.project))} - {source})
    stored = context.project.store_loads
    loaders = [*also] + [name for r in references(context) for name in ([stored[r.loader.call].loader, stored[r.loader.call].store] if r.loader.call in stored else [r.loader.imported]) if name != source]
    # a signal holding the referenced records names their type
    types = list(dict.fromkeys(types + ([r.type for r in references(context)] if context.project.loads_on_mount else [])))
    return context.project.imports(context.request.path, list(dict.fromkeys([source, *loaders, *formatters])) + [f"type {t}" for t in types])


def _query_hook(context: ViewContext, takes_argument: bool) -> str | None:
    """The project's own hook that loads what the loader does (`useBoxes` around getBoxes), when
    it takes the id accessor (a detail) or nothing (a list) as the view would pass it."""
    hook = context.project.query_hooks.get(context.loader.call)
    return hook[0] if hook and hook[1] == takes_argument else None


def render_list(context: ViewContext) -> str:
    item = context.type.name[:1].lower() + context.type.name[1:]
    fields = [f for f in _shown_fields(context) if f.name not in display()["hidden_in_list"]]
    title = _title_field(context)
    indent = " " * 26
    headers = [f"{indent[:-4]}<th>{label(f.name)}</th>" for f in fields]
    cells = []
    for field in fields:
        value = _shown(field, item, context)
        if context.detail_route and field is title:
            value = _value(field, item, context.project)  # a link already, to the record
            value = f'<A class="link link-primary" href={_href(context.detail_route.path, f"{item}.id")}>{value}</A>'
        cells.append(f"{indent}<td>{value}</td>")
        for reference in (r for r in references(context) if r.field == field.name):
            for name in reference.said:
                headers.append(f"{indent[:-4]}<th>{label(reference.field[:-3] + '_' + name)}</th>")
                cells.append(f"{indent}<td>{_referenced(reference, item, name, context)}</td>")
    if context.edit_route:
        headers.append(f"{indent[:-4]}<th />")
        cells.append(f'{indent}<td class="text-right"><A class="btn btn-ghost btn-xs" href={_href(context.edit_route.path, f"{item}.id")}>Edit</A></td>')
    links = any("<A " in cell for cell in cells)
    # A list scoped by a parent (listOwnerPets(ownerId)) reads the parent's id from the route, or
    # from its props in a project without a router.
    scope = context.loader.params[0][0] if context.loader.params else None
    project = context.project
    routed = scope and project.has_router
    router = (["A"] if links else []) + (["useParams"] if routed else [])
    source = route_id(scope, context.loader) if routed else f"() => props.{scope}"
    # a list the project already loads once and shares is read, not loaded again
    shared = None if scope else project.shared_lists.get(context.loader.call)
    items = shared or collection(context.type.name)
    call = context.loader.call
    if context.loader.leaves_out:
        call = f"({', '.join(n for n, _ in context.loader.params)}) => {call}({', '.join(n for n, _ in context.loader.params)})"
    source = f"{source}, {call}" if scope else call
    # a project whose components load through its own query hooks (useBoxes) is read through them
    hook = None if scope or shared else _query_hook(context, takes_argument=False)
    stored = None if scope or shared or hook else project.store_loads.get(context.loader.call)
    on_mount = project.loads_on_mount and not hook and not shared and not stored
    if hook:
        resource = f"  const {items}Query = {hook}();\n  const {items} = () => {items}Query.data;\n\n"
    elif stored:
        resource = _from_store(items, stored, "")
    elif on_mount:
        argument = (_route_id_value(scope, context.loader) if routed else f"props.{scope}") if scope else ""
        resource = _on_mount(items, f"{context.type.name}[]", "[]", f"{call if not context.loader.leaves_out else context.loader.call}({argument})")
    else:
        resource = "" if shared else f"  const [{items}] = createResource({source});\n\n"
    loading = {"createSignal", "onMount"} if on_mount else {"onMount"} if stored else set() if shared or hook else {"createResource"}
    referenced = _reference_loading(context)
    if referenced:
        resource = (resource or "") + referenced
        loading |= {name for name in ("createResource", "createSignal", "onMount") if f"{name}(" in referenced or f"{name}<" in referenced}
    shown = items
    if context.shaping.keep or context.shaping.order:
        shown = "shown"
        resource += _shaped(context, items, item) + "\n"
    return render(template(_FOLDER, "list"), {
        "solid_names": ", ".join(sorted({"ErrorBoundary", "For", "Show", "Suspense"} | loading, key=str.lower)),
        "router_import": f'import {{ {", ".join(router)} }} from "@solidjs/router";\n' if router else "",
        "params": "  const params = useParams();\n" if routed else "",
        "props": f"props: {{ {scope}: number }}" if scope and not routed else "",
        "resource": resource,
        "project_imports": _project_imports(context, hook or shared or (stored.loader if stored else context.loader.imported), [context.type.name], [stored.store] if stored else []),
        "Type": context.type.name,
        "export": export_keyword(context.request, context.project),
        "Component": context.name,
        "items": shown,
        "Title": type_words(collection(context.type.name)).capitalize(),
        "words": type_words(collection(context.type.name)),
        "headers": "\n".join(headers),
        "item": item,
        "cells": "\n".join(cells),
    })


def _shaped(context: ViewContext, items: str, item: str) -> str:
    """The rows the person asked for, in their order: `const shown = () => (items() ?? [])
    .filter(...).sort(...)`."""
    expression = f"({items}() ?? [])"
    for field, value in context.shaping.keep:
        expression += f".filter(({item}) => {item}.{field} === {value})"
    if context.shaping.order:
        name, descending = context.shaping.order
        field = context.type.field(name)
        first, second = ("b", "a") if descending else ("a", "b")
        compare = f"{first}.{name} - {second}.{name}" if field.base_type == "number" else f"{first}.{name}.localeCompare({second}.{name})"
        expression = f"[...{expression}].sort((a, b) => {compare})" if not context.shaping.keep else f"{expression}.sort((a, b) => {compare})"
    return f"  const shown = () => {expression};\n"


def _from_store(name: str, stored: StoreLoad, argument: str) -> str:
    """Records the project's store module loads (`loadPlants()`), read from its store."""
    return f"  onMount(() => {stored.loader}({argument}));\n  const {name} = () => {stored.accessor};\n\n"


def _on_mount(name: str, type_text: str, initial: str, call: str) -> str:
    """Records loaded as the project's components load them: into a signal, once mounted."""
    return f"  const [{name}, {setter(name)}] = createSignal<{type_text}>({initial});\n  onMount(async () => {setter(name)}(await {call}));\n\n"


def _route_id_value(param: str, loader: ApiFunction | None) -> str:
    """The route's id as a value (`Number(params.id)`), as route_id gives it to a resource."""
    return route_id(param, loader).removeprefix("() => ")


def route_id(param: str, loader: ApiFunction | None) -> str:
    """The route's id as the loader takes it: the text itself where its parameter takes a string
    too (`getById(id: number | string)`, as the project's own pages pass it), else a number."""
    written = loader.params[0][1] if loader and loader.params else "number"
    accepts_text = "string" in {part.strip() for part in written.split("|")}
    return f"() => params.{param}" if accepts_text else f"() => Number(params.{param})"


def render_detail(context: ViewContext) -> str:
    item = context.type.name[:1].lower() + context.type.name[1:]
    title = _title_field(context)
    heading = _value(title, "found()", context.project) if title else f"{type_words(context.type.name).capitalize()} #{{found().id}}"
    rows = []
    for field in _shown_fields(context):
        rows.append(f'                    <dt class="font-semibold">{label(field.name)}</dt>')
        rows.append(f"                    <dd>{_shown(field, 'found()', context)}</dd>")
        for reference in (r for r in references(context) if r.field == field.name):
            for name in reference.said:
                rows.append(f'                    <dt class="font-semibold">{label(reference.field[:-3] + "_" + name)}</dt>')
                rows.append(f"                    <dd>{_referenced(reference, 'found()', name, context)}</dd>")
    actions = []
    if context.list_route:
        actions.append(f'<A class="btn btn-ghost" href="{context.list_route.path}">All {type_words(collection(context.type.name))}</A>')
    if context.edit_route:
        actions.append(f'<A class="btn btn-primary" href={_href(context.edit_route.path, "found().id")}>Edit</A>')
    action_block = ""
    if actions:
        inner = "\n".join(f"                    {a}" for a in actions)
        action_block = f'\n                  <div class="card-actions justify-end">\n{inner}\n                  </div>'
    param = "id"
    if context.detail_route:
        param = context.detail_route.path.rsplit(":", 1)[1].split("/")[0]
    project = context.project
    router = (["A"] if actions or any("<A " in row for row in rows) else []) + (["useParams"] if project.has_router else [])
    hook = _query_hook(context, takes_argument=True)
    # a query hook declares its own id type (useProduct(id: () => number)): it gets a number
    id_source = route_id(param, None if hook else context.loader) if project.has_router else "() => props.id"
    stored = None if hook else project.store_loads.get(context.loader.call)
    on_mount = project.loads_on_mount and not hook and not stored
    if hook:
        load = f"  const {item}Query = {hook}({id_source});\n  const {item} = () => {item}Query.data;"
    elif stored:
        load = _from_store(item, stored, id_source.removeprefix("() => ")).rstrip("\n")
    elif on_mount:
        argument = id_source.removeprefix("() => ")
        load = _on_mount(item, context.type.name, "", f"{context.loader.call}({argument})").rstrip("\n")
    else:
        get = f"(id) => {context.loader.call}(id)" if context.loader.leaves_out else context.loader.call
        load = f"  const [{item}] = createResource({id_source}, {get});"
    loading = {"createSignal", "onMount"} if on_mount else {"onMount"} if stored else set() if hook else {"createResource"}
    referenced = _reference_loading(context)
    if referenced:
        load += "\n" + referenced.rstrip("\n")
        loading |= {name for name in ("createResource", "createSignal", "onMount") if f"{name}(" in referenced or f"{name}<" in referenced}
    return render(template(_FOLDER, "detail"), {
        "solid_names": ", ".join(sorted({"ErrorBoundary", "Show", "Suspense"} | loading, key=str.lower)),
        "router_import": f'import {{ {", ".join(router)} }} from "@solidjs/router";\n' if router else "",
        "params": "  const params = useParams();\n" if project.has_router else "",
        "props": "" if project.has_router else "props: { id: number }",
        "load": load,
        # a signal holding the record names its type
        "project_imports": _project_imports(context, hook or (stored.loader if stored else context.loader.imported), [context.type.name] if on_mount else [], [stored.store] if stored else []),
        "export": export_keyword(context.request, context.project),
        "Component": context.name,
        "item": item,
        "words": type_words(context.type.name),
        "heading": heading,
        "rows": "\n".join(rows),
        "actions": action_block,
    })


def render_view(context: ViewContext) -> str:
    return render_list(context) if context.kind == "list" else render_detail(context)

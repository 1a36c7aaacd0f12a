"""The form's code, settled by the input type's fields and the client functions: no model is needed."""

from __future__ import annotations

import re
from pathlib import Path

from ...base import ModeError
from ...types.typescript.render import values_constant
from ..component_file import export_keyword, template
from ..project import Field
from ..view.render import route_id
from ..words import camel, label, render, setter, type_words
from .context import FormContext, input_kind, inputs, option_text

_FOLDER = Path(__file__).parent


def kind_of(field: Field, context: FormContext) -> str:
    if field.name in context.related:
        return "record"
    kind = input_kind(field, context.project)
    if kind is None:
        raise ModeError(f"`{field.name}: {field.type}` has no form input (inputs.toml knows strings, numbers, booleans and string unions)")
    return kind


_SET = re.compile(r"@@set\((.*?)\)@@")


def _values(field: Field, context: FormContext) -> dict[str, str]:
    """The placeholders of one field's snippets (`loaded` is the record an edit form loads)."""
    union = field.base_type
    constant = values_constant(union)
    listed = constant if constant in context.project.constants else "[" + ", ".join(f'"{v}"' for v in context.project.unions.get(union, ())) + "]"
    values = {
        "get": f"form.{field.name}" if context.style.store else f"{camel(field.name)}()", "name": field.name,
        "record": "loaded", "Union": union, "values": listed, "absent": field.absent,
    }
    related = context.related.get(field.name)
    if related:
        item = related.type[:1].lower() + related.type[1:]
        values |= {"records": related.records, "item": item, "option": option_text(context.project, related, item)}
    return values


def _write(field: Field, context: FormContext, value: str) -> str:
    """Writing `value` to the field as the form holds it: its setter, or its property of the store."""
    return f'setForm("{field.name}", {value})' if context.style.store else f"{setter(field.name)}({value})"


def _fill(snippet: str, field: Field, context: FormContext) -> str:
    """A snippet of inputs.toml with its placeholders filled in, `@@set(VALUE)@@` included."""
    filled = render(snippet, _values(field, context))
    return _SET.sub(lambda m: _write(field, context, m.group(1)), filled)


def _snippet(field: Field, context: FormContext, part: str) -> str:
    return _fill(inputs()["kinds"][kind_of(field, context)][part], field, context)


def _indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line if line else line for line in block.split("\n"))


def _signal(field: Field, context: FormContext) -> str:
    kind = inputs()["kinds"][kind_of(field, context)]
    typed = f"<{render(kind['signal_type'], _values(field, context))}>" if "signal_type" in kind else ""
    return f"  const [{camel(field.name)}, {setter(field.name)}] = createSignal{typed}({kind['initial']});"


def _store(context: FormContext) -> list[str]:
    """The form's one store, a property per field (typed where its first value says too little)."""
    lines = ["  const [form, setForm] = createStore({"]
    for field in context.input.fields:
        kind = inputs()["kinds"][kind_of(field, context)]
        typed = f" as {render(kind['signal_type'], _values(field, context))}" if "signal_type" in kind else ""
        lines.append(f"    {field.name}: {kind['initial']}{typed},")
    return lines + ["  });"]


def _related_setup(context: FormContext) -> list[str]:
    """Reading the related records' lists: each hook called once, a list no one provides loaded."""
    lines, by_hook = [], {}
    for related in context.related.values():
        if related.loader and context.project.loads_on_mount:
            # `[cakes]` loaded as the project's components load: into a signal, once mounted
            name = related.declared.strip("[]")
            lines.append(f"  const [{name}, {setter(name)}] = createSignal<{related.type}[]>([]);")
            lines.append(f"  onMount(async () => {setter(name)}(await {related.loader}()));")
        elif related.loader:
            lines.append(f"  const {related.declared} = createResource({related.loader});")
        elif related.hook:
            by_hook.setdefault(related.hook, []).append(related.declared)
    for hook, declared in by_hook.items():
        if declared[0].endswith("Query"):
            lines.append(f"  const {declared[0]} = {hook}();")
        else:
            lines.append(f"  const {{ {', '.join(sorted(set(declared)))} }} = {hook}();")
    return lines


def _input(field: Field, context: FormContext) -> str:
    kind = kind_of(field, context)
    wrapper = inputs()["wrappers"]["checkbox" if kind == "checkbox" else "field"].strip("\n")
    text = label(field.name) + ("" if context.required(field) else " (optional)")
    return _indent(render(wrapper, {"label": text, "input": _snippet(field, context, "input")}), 8)


def _setup(context: FormContext) -> str:
    lines = []
    if context.variant == "edit" and context.project.has_router:
        lines += ["  const params = useParams();", "  const id = () => Number(params.id);"]
    elif context.variant == "edit":  # no router to read it from: the page is given the id
        lines += ["  const id = () => props.id;"]
    lines += _store(context) if context.style.store else [_signal(f, context) for f in context.input.fields]
    lines += _related_setup(context)
    if context.mutation:
        lines += [f"  const mutation = {context.mutation.name}();"]
    if context.variant == "edit":
        loaded = [f for f in context.input.fields if context.type.field(f.name)]
        fill_in = [f"    {_write(f, context, _snippet(f, context, 'load'))};" for f in loaded]
        stored = context.project.store_loads.get(context.load.call)
        if stored is not None:
            # loaded as the project's pages load it: through its store module, read from the store
            lines += [
                f"  onMount(() => {stored.loader}(id()));",
                "  // Fill the form once the record has loaded.",
                "  createEffect(() => {",
                f"    const loaded = {stored.accessor};",
                "    if (!loaded) return;",
                *fill_in,
                "  });",
            ]
        elif context.project.loads_on_mount:
            lines += ["  // Fill the form once the record has loaded.", "  onMount(async () => {", f"    const loaded = await {context.load.call}(id());", *fill_in, "  });"]
        else:
            lines += [
                f"  const [record] = createResource({_load_source(context)}, {context.load.call});",
                "  // Fill the form once the record has loaded.",
                "  createEffect(() => {",
                "    const loaded = record();",
                "    if (!loaded) return;",
                *fill_in,
                "  });",
            ]
    return "\n".join(lines) + "\n"


def _load_source(context: FormContext) -> str:
    """The record's id as its load function takes it: the route's text where it takes text too
    (as the project's own pages pass `() => params.id`), else the form's number `id`."""
    routed = route_id("id", context.load) if context.project.has_router else None
    return routed if routed == "() => params.id" else "id"


def _payload(context: FormContext) -> str:
    lines = []
    for field in context.input.fields:
        part = "nullable_value" if field.nullable else "value"
        lines.append(f"        {field.name}: {_snippet(field, context, part)},")
    return "\n".join(lines)


def _required(context: FormContext) -> str:
    lines = [
        f'      ["{label(field.name)}", {_snippet(field, context, "empty")}],'
        for field in context.input.fields
        if context.required(field) and kind_of(field, context) != "checkbox"
    ]
    return "\n".join(lines)


def _saved_message(context: FormContext) -> str:
    words = type_words(context.type.name)
    if context.type.field("id") is None:
        return f"Saved the {words}."
    message = f"Saved {words} #{{record().id}}."
    if context.detail_route:
        href = "{`" + re.sub(r":\w+", "${record().id}", context.detail_route.path) + "`}"
        message += f' <A class="link" href={href}>Open it</A>'
    return message


def _schema(context: FormContext) -> str | None:
    """The zod schema the project declares the saved input with, if it does."""
    written = context.save.params[-1][1].strip() if context.save and context.save.params else ""
    return context.project.schemas.get(written)


def _save(context: FormContext) -> tuple[str, str]:
    """What saves the form and its arguments: the project's mutation hook, else the client function."""
    payload = "{\n" + _payload(context) + "\n      }"
    schema = _schema(context)
    if schema:
        # checked by the project's own zod schema before it is sent
        payload = f"{schema}.parse({payload})"
    arguments = (["id()"] if context.variant == "edit" else []) + [payload]
    if context.mutation:
        return "mutation.mutateAsync", context.mutation.argument(arguments)
    return context.save.call, ", ".join(arguments)


def _handler(context: FormContext) -> dict[str, str]:
    """How the form saves, as the project's forms do: on a <form>'s submit, or a button's click."""
    if context.style.click:
        return {
            "handler": "const save = async () => {",
            "open_tag": '<section class="card bg-base-100 shadow">',
            "close_tag": "</section>",
            "button": 'type="button" onClick={save}',
        }
    return {
        "handler": "const submit = async (event: SubmitEvent) => {\n    event.preventDefault();",
        "open_tag": '<form class="card bg-base-100 shadow" onSubmit={submit} noValidate>',
        "close_tag": "</form>",
        "button": 'type="submit"',
    }


def render_form(context: FormContext) -> str:
    project = context.project
    uses_for = any(kind_of(f, context) in ("select", "record") for f in context.input.fields)
    solid = ["createSignal", "Show"] + (["For"] if uses_for else [])
    stored = project.store_loads.get(context.load.call) if context.variant == "edit" and context.load else None
    if (project.loads_on_mount or stored) and (context.variant == "edit" or any(r.loader for r in context.related.values())):
        solid += ["onMount"]
    if not (project.loads_on_mount or stored) and (context.variant == "edit" or any(r.loader for r in context.related.values())):
        solid += ["createResource"]
    if stored is not None and any(r.loader for r in context.related.values()) and not project.loads_on_mount:
        solid += ["createResource"]
    if context.variant == "edit" and (stored is not None or not project.loads_on_mount):
        solid += ["createEffect"]
    routed_edit = context.variant == "edit" and project.has_router
    router = (["A"] if context.detail_route and context.type.field("id") else []) + (["useParams"] if routed_edit else [])
    constants = sorted({v for f in context.input.fields if kind_of(f, context) == "select" and (v := _values(f, context)["values"]) in project.constants})
    types = sorted({context.type.name} | {f.base_type for f in context.input.fields if kind_of(f, context) == "select"})
    saver = context.mutation.name if context.mutation else context.save.imported
    loader = ({stored.loader, stored.store} if stored else {context.load.imported}) if context.load else set()
    api_names = sorted({saver} | loader | {r.imported for r in context.related.values()} | ({_schema(context)} if _schema(context) else set()))
    project_imports = project.imports(context.request.path, api_names + constants + [f"type {t}" for t in types])
    save, arguments = _save(context)
    return render(template(_FOLDER, "form"), {
        "solid_names": ", ".join(sorted(set(solid), key=str.lower)),
        "store_import": 'import { createStore } from "solid-js/store";\n' if context.style.store else "",
        **_handler(context),
        "router_import": f'import {{ {", ".join(router)} }} from "@solidjs/router";\n' if router else "",
        "project_imports": project_imports,
        "export": export_keyword(context.request, context.project),
        "Component": context.name,
        "props": "props: { id: number }" if context.variant == "edit" and not project.has_router else "",
        "Type": context.type.name,
        "setup": _setup(context),
        "required": _required(context),
        "save": save,
        "arguments": arguments,
        "heading": ("New " if context.variant == "create" else "Edit ") + type_words(context.type.name),
        "inputs": "\n".join(_input(f, context) for f in context.input.fields),
        "saved_message": _saved_message(context),
        "submit_label": "Create" if context.variant == "create" else "Save changes",
    })

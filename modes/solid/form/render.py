"""The form's code, settled by the input type's fields and the client functions: no model is needed."""

from __future__ import annotations

import re
from pathlib import Path

from ...base import ModeError
from ...types.typescript.render import values_constant
from ..component_file import export_keyword, template
from ..project import Field
from ..words import camel, label, render, setter, type_words
from .context import FormContext, input_kind, inputs

_FOLDER = Path(__file__).parent


def kind_of(field: Field, context: FormContext) -> str:
    kind = input_kind(field, context.project)
    if kind is None:
        raise ModeError(f"`{field.name}: {field.type}` has no form input (inputs.toml knows strings, numbers, booleans and string unions)")
    return kind


def _values(field: Field, context: FormContext) -> dict[str, str]:
    """The placeholders of one field's snippets (`loaded` is the record an edit form loads)."""
    union = field.base_type
    constant = values_constant(union)
    listed = constant if constant in context.project.constants else "[" + ", ".join(f'"{v}"' for v in context.project.unions.get(union, ())) + "]"
    return {
        "signal": camel(field.name), "setter": setter(field.name), "name": field.name,
        "record": "loaded", "Union": union, "values": listed, "absent": field.absent,
    }


def _snippet(field: Field, context: FormContext, part: str) -> str:
    return render(inputs()["kinds"][kind_of(field, context)][part], _values(field, context))


def _indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line if line else line for line in block.split("\n"))


def _signal(field: Field, context: FormContext) -> str:
    kind = inputs()["kinds"][kind_of(field, context)]
    typed = f"<{render(kind['signal_type'], _values(field, context))}>" if "signal_type" in kind else ""
    return f"  const [{camel(field.name)}, {setter(field.name)}] = createSignal{typed}({kind['initial']});"


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
    lines += [_signal(f, context) for f in context.input.fields]
    if context.variant == "edit":
        loaded = [f for f in context.input.fields if context.type.field(f.name)]
        lines += [
            f"  const [record] = createResource(id, {context.load.call});",
            "  // Fill the form once the record has loaded.",
            "  createEffect(() => {",
            "    const loaded = record();",
            "    if (!loaded) return;",
            *[f"    {setter(f.name)}({_snippet(f, context, 'load')});" for f in loaded],
            "  });",
        ]
    return "\n".join(lines) + "\n"


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


def render_form(context: FormContext) -> str:
    project = context.project
    uses_for = any(kind_of(f, context) == "select" for f in context.input.fields)
    solid = ["createSignal", "Show"] + (["For"] if uses_for else [])
    if context.variant == "edit":
        solid += ["createEffect", "createResource"]
    routed_edit = context.variant == "edit" and project.has_router
    router = (["A"] if context.detail_route and context.type.field("id") else []) + (["useParams"] if routed_edit else [])
    constants = sorted({v for f in context.input.fields if kind_of(f, context) == "select" and (v := _values(f, context)["values"]) in project.constants})
    types = sorted({context.type.name} | {f.base_type for f in context.input.fields if kind_of(f, context) == "select"})
    api_names = sorted({context.save.imported} | ({context.load.imported} if context.load else set()))
    project_imports = project.imports(context.request.path, api_names + constants + [f"type {t}" for t in types])
    return render(template(_FOLDER, "form"), {
        "solid_names": ", ".join(sorted(solid, key=str.lower)),
        "router_import": f'import {{ {", ".join(router)} }} from "@solidjs/router";\n' if router else "",
        "project_imports": project_imports,
        "export": export_keyword(context.request, context.project),
        "Component": context.name,
        "props": "props: { id: number }" if context.variant == "edit" and not project.has_router else "",
        "Type": context.type.name,
        "setup": _setup(context),
        "required": _required(context),
        "save": context.save.call,
        "id_argument": "id(), " if context.variant == "edit" else "",
        "payload": _payload(context),
        "heading": ("New " if context.variant == "create" else "Edit ") + type_words(context.type.name),
        "inputs": "\n".join(_input(f, context) for f in context.input.fields),
        "saved_message": _saved_message(context),
        "submit_label": "Create" if context.variant == "create" else "Save changes",
    })

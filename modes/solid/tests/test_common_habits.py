"""Habits the survey of public SolidJS apps (docs/survey/solidjs.md) counts in two or more of
them, on the api_folder fixture given one more habit each: a client namespace nested in objects,
an id typed `number | string`, a request comment between top-level items, a record holding a
list, dates with no formatter of the project's own, an input type with a field no input holds."""

from pathlib import Path

from nocodo.modes.edits import apply_edits
from nocodo.modes.solid.form import MODE as FORM
from nocodo.modes.solid.view import MODE as VIEW
from nocodo.modes.testing import request_at
from nocodo.modes.typecheck import check_typescript

NAMESPACE = '''import type { Plant, PlantChanges, Supplier } from "./types";

async function http<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch("/api" + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await response.json()) as T;
}

export const api = {
  plants: {
    all: () => http<Plant[]>("GET", "/plants"),
    one: (id: number | string) => http<Plant>("GET", `/plants/${id}`),
    change: (id: number, changes: PlantChanges) => http<Plant>("PATCH", `/plants/${id}`, changes),
  },
  suppliers: { all: () => http<Supplier[]>("GET", "/suppliers") },
};
'''


def with_namespace_client(frontend: Path) -> None:
    (frontend / "src/api/client.ts").write_text(NAMESPACE)
    types = frontend / "src/api/types.ts"
    types.write_text(types.read_text().replace("  supplier_id: number;\n}", "  supplier_id: number;\n  tags: string[];\n}").replace(
        "export type PlantChanges = Partial<NewPlant>;", "export type PlantChanges = Partial<NewPlant>;\n"
    ))
    for page in (frontend / "src/pages").glob("*.tsx"):
        page.unlink()
    (frontend / "src/components/PlantCard.tsx").unlink()
    (frontend / "src/utils/format.ts").unlink()  # no formatter of the project's own
    app = frontend / "src/App.tsx"
    app.write_text("\n".join(line for line in app.read_text().split("\n") if "pages/" not in line and "<Route" not in line))


def derived(mode, frontend: Path, relative: str, text: str, line: int, **args) -> str:
    path = frontend / relative
    context = mode.context(request_at(frontend, relative, line=line, text=text, args=args))
    code = mode.derive(context)
    assert [f.message for f in mode.validate(code, context) if f.severity == "error"] == []
    result = apply_edits(text, mode.place(code, context))
    if (frontend / "node_modules" / "typescript").exists():
        checked = check_typescript(path, result, [(0, len(result.split("\n")))])
        assert checked.status == "ok", [m.describe() for m in checked.item_errors + checked.other_errors]
    return result


def test_a_nested_client_namespace_serves_a_list_and_a_detail(api_folder):
    with_namespace_client(api_folder)
    listed = derived(VIEW, api_folder, "src/pages/Plants.tsx", "", 0, type="Plant", kind="list")
    assert "createResource(api.plants.all)" in listed and 'import { api } from "../api/client";' in listed
    assert "{plant.tags.length}" in listed and "new Date(plant.watered_at).toLocaleString()" in listed
    detail = derived(VIEW, api_folder, "src/pages/PlantDetail.tsx", "", 0, type="Plant", kind="detail")
    assert "api.plants.one" in detail and "new Date(found().watered_at!).toLocaleString()" in detail


def test_an_edit_form_leaves_out_an_optional_list_and_says_so(api_folder):
    with_namespace_client(api_folder)
    request = request_at(api_folder, "src/pages/EditPlant.tsx", line=0, text="", args={"type": "Plant", "variant": "edit"})
    context = FORM.context(request)
    assert context.left_out == ["tags"] and "left as they are (no input holds them): tags" in FORM.reading(context)
    assert "tags:" not in FORM.derive(context)


def test_a_view_goes_below_the_comment_that_asks_for_it(api_folder):
    text = 'import { A } from "@solidjs/router";\n\n// nocodo: the suppliers we buy from\n\nexport const footer = "Nursery";\n'
    result = derived(VIEW, api_folder, "src/pages/Suppliers.tsx", text, 2, type="Supplier", kind="list")
    assert result.index("// nocodo: the suppliers") < result.index("export default function") < result.index("export const footer")

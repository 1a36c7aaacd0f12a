"""The solid.* modes on frontends written in other people's styles (tests/fixtures/solid_*): the
types and the client found where the project keeps them, imports written with its own module
paths, its own formatters used, routes added to its JSX router as its other routes are."""

from pathlib import Path

import pytest

from nocodo.modes.base import ModeError, NeedsInput
from nocodo.modes.edits import apply_edits
from nocodo.modes.solid.context import MODE as CONTEXT
from nocodo.modes.solid.form import MODE as FORM
from nocodo.modes.solid.project import read_project
from nocodo.modes.solid.route import MODE as ROUTE
from nocodo.modes.solid.view import MODE as VIEW
from nocodo.modes.testing import request_at
from nocodo.modes.typecheck import check_typescript


def run(mode, frontend: Path, relative: str, **args) -> str:
    """The file after `mode` ran in it (a new file unless it exists), checked by the mode's
    validator and, where TypeScript is installed, by strict tsc; also written to disk."""
    path = frontend / relative
    text = path.read_text() if path.exists() else ""
    request = request_at(frontend, relative, line=0, text=text, args=args)
    context = mode.context(request)
    code = mode.derive(context)
    assert [f.message for f in mode.validate(code, context) if f.severity == "error"] == []
    result = apply_edits(text, mode.place(code, context))
    if (frontend / "node_modules" / "typescript").exists():
        checked = check_typescript(path, result, [(0, len(result.split("\n")))])
        assert checked.status == "ok", [m.describe() for m in checked.item_errors + checked.other_errors]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(result)
    return result


# --- types and client in src/api/, routes as JSX in App.tsx, pages in src/pages/ ---


def test_the_api_folder_project_is_read_from_where_it_keeps_things(api_folder):
    src = (api_folder / "src").resolve()
    project = read_project(request_at(api_folder, "src/App.tsx", line=0))
    assert [f.name for f in project.interfaces["NewPlant"].fields] == ["name", "light", "price_cents", "watered_at", "in_stock", "supplier_id"]
    assert all(f.optional for f in project.interfaces["PlantChanges"].fields)
    assert project.interfaces["Supplier"].field("email").type == "string"
    assert project.unions["Light"] == ("shade", "partial", "full_sun")
    assert {name: f.returns for name, f in project.api.items()} == {
        "listPlants": "Plant[]", "getPlant": "Plant", "createPlant": "Plant", "updatePlant": "Plant",
        "listSuppliers": "Supplier[]", "createSupplier": "Supplier",
    }
    assert (project.cents_formatter, project.date_formatter) == ("formatPrice", "formatDate")
    assert (project.homes["Plant"], project.homes["listPlants"]) == (src / "api/types.ts", src / "api/client.ts")
    assert project.routes_file == src / "App.tsx" and project.pages_dir == src / "pages"
    assert [r.path for r in project.routes] == ["/", "/plants", "/plants/:id"]


def test_a_list_page_imports_from_the_projects_modules_and_uses_its_formatters(api_folder):
    page = run(VIEW, api_folder, "src/pages/PlantList.tsx", type="Plant", kind="list")
    # the suppliers are loaded too, so a plant's supplier is shown by name
    assert 'import { listPlants, listSuppliers } from "../api/client";' in page
    assert '{(suppliers.state === "ready" ? suppliers() : []).find((r) => r.id === plant.supplier_id)?.name ?? "—"}' in page
    assert 'import { formatDate, formatPrice } from "../utils/format";' in page
    assert 'import type { Plant } from "../api/types";' in page
    assert "{formatPrice(plant.price_cents)}" in page and "formatDate(plant.watered_at)" in page
    assert "href={`/plants/${plant.id}`}" in page


def test_forms_save_through_the_clients_functions(api_folder):
    edit = run(FORM, api_folder, "src/pages/EditPlant.tsx", type="Plant", variant="edit")
    assert "createResource(id, getPlant)" in edit and "await updatePlant(id(), {" in edit
    assert 'import { getPlant, listSuppliers, updatePlant } from "../api/client";' in edit
    # the supplier is picked from the client's list, which no hook or shared resource provides
    assert "const [suppliers] = createResource(listSuppliers);" in edit and "<For each={suppliers() ?? []}>" in edit
    # createSupplier takes `Omit<Supplier, "id" | "since">`, written in place
    created = run(FORM, api_folder, "src/pages/NewSupplier.tsx", type="Supplier", variant="create")
    assert "await createSupplier({\n        name: name().trim(),\n        email: email().trim(),\n      })" in created


def test_a_route_is_a_route_element_of_the_jsx_router_with_a_plain_import(api_folder):
    run(VIEW, api_folder, "src/pages/SupplierList.tsx", type="Supplier", kind="list")
    app = run(ROUTE, api_folder, "src/App.tsx", path="/suppliers", component="SupplierList")
    assert '      <Route path="/plants/:id" component={PlantPage} />\n      <Route path="/suppliers" component={SupplierList} />\n' in app
    assert 'import PlantPage from "./pages/PlantPage";\nimport SupplierList from "./pages/SupplierList";\n' in app
    assert "lazy" not in app


def test_a_context_imports_its_type_from_the_projects_types_module(api_folder):
    module = run(CONTEXT, api_folder, "src/context/SelectedPlant.tsx", name="SelectedPlant")
    assert 'import type { Plant } from "../api/types";' in module


def test_a_type_the_client_cannot_load_is_asked_in_plain_words(api_folder):
    with pytest.raises(NeedsInput) as asked:
        VIEW.context(request_at(api_folder, "src/pages/SupplierPage.tsx", line=0, text="", args={"type": "Supplier", "kind": "detail"}))
    assert asked.value.prompt.startswith("The app has no way yet to fetch one supplier by its number from its server")
    assert [c.value for c in asked.value.choices] == ["Plant"]


def test_a_project_describing_no_records_is_told_what_can_write_them(api_folder):
    (api_folder / "src/api/types.ts").write_text("export const VERSION = 1;\n")
    with pytest.raises(ModeError, match="does not describe its records yet.*types.typescript"):
        VIEW.context(request_at(api_folder, "src/pages/PlantList.tsx", line=0, text="", args={"type": "Plant", "kind": "list"}))


# --- a types module per record behind src/types/index.ts, services, lazy JSX routes in index.tsx ---


def test_the_types_folder_project_is_read_through_its_index_and_services(types_folder):
    src = (types_folder / "src").resolve()
    project = read_project(request_at(types_folder, "src/index.tsx", line=0))
    assert set(project.interfaces) == {"Book", "NewBook", "Author", "AuthorChanges"}
    assert project.api["bookService.byAuthor"].params == (("authorId", "number"),)
    assert "http" not in project.api and "send" not in project.api  # generic helpers, not client functions
    assert project.homes["Book"] == project.homes["Author"] == src / "types/index.ts"
    assert (project.cents_formatter, project.date_formatter) == ("formatMoney", "formatDate")
    assert project.routes_file == src / "index.tsx" and [r.component for r in project.routes] == ["Books", "Authors"]


def test_a_list_calls_the_services_method_and_imports_the_types_folder(types_folder):
    page = run(VIEW, types_folder, "src/pages/BookTable.tsx", type="Book", kind="list")
    assert "createResource(bookService.all)" in page
    assert 'import { bookService } from "../services/books";' in page and 'import type { Book } from "../types";' in page
    assert "{formatMoney(book.price_cents)}" in page and "{formatDate(book.published_on)}" in page
    scoped = run(VIEW, types_folder, "src/pages/AuthorBooks.tsx", type="Book", kind="list")
    assert "createResource(() => Number(params.authorId), bookService.byAuthor)" in scoped


def test_a_list_the_project_loads_once_and_shares_is_read_not_loaded_again(types_folder):
    page = run(VIEW, types_folder, "src/pages/AuthorTable.tsx", type="Author", kind="list")
    assert 'import { authors } from "../stores/authors";' in page and "createResource" not in page
    assert "export default function AuthorTable() {\n  return (" in page and "<For each={authors()}>" in page


def test_forms_of_the_types_folder_project_type_check(types_folder):
    created = run(FORM, types_folder, "src/pages/NewBook.tsx", type="Book", variant="create")
    assert "await bookService.add({" in created and 'import type { Book, Genre } from "../types";' in created
    edit = run(FORM, types_folder, "src/pages/EditAuthor.tsx", type="Author", variant="edit")
    assert 'import { fetchAuthor, saveAuthor } from "../services/authors";' in edit


def test_a_route_to_a_new_page_is_lazy_like_the_others(types_folder):
    run(VIEW, types_folder, "src/pages/BookDetail.tsx", type="Book", kind="detail")
    index = run(ROUTE, types_folder, "src/index.tsx", path="/books/:id", component="BookDetail")
    assert 'const Authors = lazy(() => import("./pages/Authors"));\nconst BookDetail = lazy(() => import("./pages/BookDetail"));\n' in index
    assert '      <Route path="/authors" component={Authors} />\n      <Route path="/books/:id" component={BookDetail} />\n' in index


def test_modules_imported_through_a_tsconfig_alias_are_followed_and_imports_written_relative(api_folder):
    tsconfig = api_folder / "tsconfig.json"
    tsconfig.write_text(tsconfig.read_text().replace('"noEmit": true', '"noEmit": true,\n    "paths": { "@/*": ["./src/*"] }'))
    (api_folder / "src/api/index.ts").write_text('export * from "./client";\nexport * from "./types";\n')
    page = api_folder / "src/pages/PlantsPage.tsx"
    page.write_text(page.read_text().replace('from "../api/client"', 'from "@/api"').replace('from "../api/types"', 'from "@/api"'))
    list_page = run(VIEW, api_folder, "src/pages/PlantList.tsx", type="Plant", kind="list")
    # the pages get listPlants through the alias; Plant comes from ../api/types in more modules
    assert 'import { listPlants, listSuppliers } from "../api";' in list_page and 'import type { Plant } from "../api/types";' in list_page


def test_types_and_functions_of_one_module_are_imported_in_one_statement(api_folder):
    (api_folder / "src/lib").mkdir()
    (api_folder / "src/lib/api.ts").write_text(
        "export interface Order {\n  id: number;\n  placed_at: string;\n  total_cents: number;\n}\n\n"
        'export async function listOrders(): Promise<Order[]> {\n  const response = await fetch("/api/orders");\n  return response.json();\n}\n'
    )
    orders = run(VIEW, api_folder, "src/pages/OrderList.tsx", type="Order", kind="list")
    assert 'import { listOrders, type Order } from "../lib/api";' in orders


def test_a_detail_page_passes_the_route_id_as_text_where_the_client_takes_text(types_folder):
    # fetchAuthor(id: number | string): the project's own pages hand it params.id as it comes
    author = run(VIEW, types_folder, "src/pages/AuthorPage.tsx", type="Author", kind="detail")
    assert "createResource(() => params.id, fetchAuthor)" in author
    # bookService.one(id: number) gets a number
    book = run(VIEW, types_folder, "src/pages/BookPage.tsx", type="Book", kind="detail")
    assert "createResource(() => Number(params.id), bookService.one)" in book


def test_a_field_is_shown_as_the_projects_own_components_show_it(api_folder):
    # the project's card shows when a plant was watered as a day and a time, with its own helpers
    format_module = api_folder / "src/utils/format.ts"
    format_module.write_text(format_module.read_text() + (
        "\nexport function formatDay(iso: string): string {\n  return new Date(iso).toDateString();\n}\n"
        "\nexport function formatTime(iso: string): string {\n  return new Date(iso).toTimeString().slice(0, 5);\n}\n"
    ))
    (api_folder / "src/components/WateringNote.tsx").write_text(
        'import type { Plant } from "../api/types";\nimport { formatDay, formatTime } from "../utils/format";\n\n'
        "export default function WateringNote(props: { plant: Plant }) {\n"
        "  return <p>Watered {formatDay(props.plant.watered_at!)} at {formatTime(props.plant.watered_at!)}</p>;\n}\n"
    )
    page = run(VIEW, api_folder, "src/pages/PlantList.tsx", type="Plant", kind="list")
    assert "<>{formatDay(plant.watered_at)} at {formatTime(plant.watered_at)}</>" in page
    assert 'import { formatDay, formatPrice, formatTime } from "../utils/format";' in page


def test_a_reference_the_record_also_names_in_words_is_not_shown_as_a_number(api_folder):
    types = api_folder / "src/api/types.ts"
    types.write_text(types.read_text().replace("  supplier_id: number;\n", "  supplier_id: number;\n  supplier_name: string;\n", 1))
    listed = run(VIEW, api_folder, "src/pages/PlantList.tsx", type="Plant", kind="list")
    detail = run(VIEW, api_folder, "src/pages/PlantDetail.tsx", type="Plant", kind="detail")
    for page in (listed, detail):
        assert "supplier_name" in page and "supplier_id" not in page

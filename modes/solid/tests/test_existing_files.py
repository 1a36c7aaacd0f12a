"""Components added beside others: imports merged into the file's own, the code at the cursor."""

import pytest

from nocodo.modes.base import ModeError
from nocodo.modes.edits import apply_edits
from nocodo.modes.solid.context import MODE as CONTEXT
from nocodo.modes.solid.imports import Import, import_edits
from nocodo.modes.solid.view import MODE as VIEW
from nocodo.modes.testing import request_at
from nocodo.modes.typecheck import check_typescript


def test_imports_gain_only_the_missing_names_and_new_modules_get_a_line():
    text = 'import { For } from "solid-js";\nimport type { Pet } from "./types";\nimport * as api from "./api";\n\nconst x = 1;\n'
    wanted = [Import("solid-js", names=["For", "Show"]), Import("./types", names=["type Pet", "type Vet"]), Import("./api", names=["listVets"])]
    result = apply_edits(text, import_edits(text, wanted))
    assert result.split("\n")[:4] == [
        'import { For, Show } from "solid-js";',
        'import type { Pet, Vet } from "./types";',
        'import * as api from "./api";',
        'import { listVets } from "./api";',
    ]


def test_a_value_use_turns_a_type_only_import_into_a_value_import():
    text = 'import { type Species } from "./types";\n'
    result = apply_edits(text, import_edits(text, [Import("./types", names=["SPECIES_VALUES", "Species"])]))
    assert result == 'import { Species, SPECIES_VALUES } from "./types";\n'


def test_a_view_added_to_a_page_is_a_named_export_with_merged_imports_and_type_checks(clinic):
    frontend = clinic / "frontend"
    request = request_at(frontend, "src/App.tsx", "export default function App()", offset=-1, args={"type": "Vet", "kind": "list"})
    context = VIEW.context(request)
    code = VIEW.derive(context)
    assert "export function VetList()" in code
    assert VIEW.validate(code, context) == []
    result = apply_edits(request.text, VIEW.place(code, context))
    assert 'import { createResource, createSignal, ErrorBoundary, For, Show, Suspense } from "solid-js";' in result
    assert 'import type { Pet, Vet } from "./types";' in result and result.count('from "./api"') == 1
    if (frontend / "node_modules" / "typescript").exists():
        checked = check_typescript(request.path, result, [(0, len(result.split("\n")))])
        assert checked.status == "ok", [m.describe() for m in checked.item_errors]


def test_the_cursor_inside_a_function_is_refused(clinic):
    request = request_at(clinic / "frontend", "src/App.tsx", "const selectOwner", args={"type": "Vet", "kind": "list"})
    with pytest.raises(ModeError, match="blank line between top-level items"):
        VIEW.context(request)


def test_a_context_whose_provider_the_file_declares_is_refused(clinic):
    path = clinic / "frontend/src/Ctx.tsx"
    path.write_text("export function ThemeProvider() {\n  return null;\n}\n\n")
    with pytest.raises(ModeError, match="already declares `ThemeProvider`"):
        CONTEXT.context(request_at(clinic / "frontend", "src/Ctx.tsx", line=3, args={"name": "Theme", "type": "string"}))


def test_a_placeholder_holding_only_a_comment_gets_the_component_after_it(clinic):
    frontend = clinic / "frontend"
    placeholder = "// The list of vets, newest first\n"
    (frontend / "src/components/VetBoard.tsx").write_text(placeholder)
    request = request_at(frontend, "src/components/VetBoard.tsx", "// The list of vets", args={"type": "Vet", "kind": "list"})
    context = VIEW.context(request)
    code = VIEW.derive(context)
    assert "export default function VetBoard()" in code
    assert VIEW.validate(code, context) == []
    placed = apply_edits(placeholder, VIEW.place(code, context))
    assert placed.startswith(placeholder + "\n") and placed.count("export default") == 1


def test_a_comment_beside_code_is_no_placeholder(clinic):
    frontend = clinic / "frontend"
    (frontend / "src/components/Half.tsx").write_text("// half done\nexport const x = 1;\n")
    with pytest.raises(ModeError, match="blank line between top-level items"):
        VIEW.context(request_at(frontend, "src/components/Half.tsx", "// half done", args={"type": "Vet", "kind": "list"}))


def test_the_files_own_words_pick_a_parents_list(clinic):
    frontend = clinic / "frontend"
    request = request_at(frontend, "src/components/OwnerPets.tsx", line=0, text="", args={"type": "Pet", "kind": "list"})
    code = VIEW.derive(VIEW.context(request))
    assert "listOwnerPets" in code and "Number(params.ownerId)" in code


def test_without_a_router_a_page_takes_its_records_id_as_a_prop(clinic):
    frontend = clinic / "frontend"
    manifest = frontend / "package.json"
    manifest.write_text(manifest.read_text().replace('"@solidjs/router": "^0.15.3",', ""))
    request = request_at(frontend, "src/components/VetCard.tsx", line=0, text="", args={"type": "Owner", "kind": "detail"})
    code = VIEW.derive(VIEW.context(request))
    assert "export default function VetCard(props: { id: number })" in code
    assert "createResource(() => props.id, getOwner)" in code and "@solidjs/router" not in code


def test_an_amount_in_cents_is_shown_through_the_clients_money_formatter(clinic):
    frontend = clinic / "frontend"
    request = request_at(frontend, "src/components/InvoiceCard.tsx", line=0, text="", args={"type": "Invoice", "kind": "detail"})
    context = VIEW.context(request)
    code = VIEW.derive(context)
    assert "{formatCents(found().amount_cents)}" in code
    assert 'import { formatCents, getInvoice } from "../api";' in code
    assert VIEW.validate(code, context) == []

"""types.typescript without a server: reading, rendering serde's shape, syncing only what changed."""

import subprocess
from pathlib import Path

import pytest

from nocodo.modes.base import ModeError, Request
from nocodo.modes.edits import apply_edits
from nocodo.modes.frontend import copy_project
from nocodo.modes.testing import EXAMPLE_APP, REPOSITORY, case_request, check_reading, check_validation, load_cases
from nocodo.modes.types.typescript import MODE
from nocodo.modes.types.typescript.context import build_context
from nocodo.modes.types.typescript.render import ts_type
from nocodo.modes.types.typescript.serde_shape import rename
from nocodo.modes.workspace import Workspace

CASES = Path(__file__).parent / "cases.toml"
GOLDEN = Path(__file__).parent.parent / "patterns" / "01_clinic.ts"


def report(context) -> dict:
    return {"declarations": len(context.declarations), "crate": context.crate.name}


@pytest.mark.parametrize("case", load_cases(CASES, "read"))
def test_reading(clinic, case):
    check_reading(case, lambda: build_context(case_request(clinic, case)), report)


@pytest.mark.parametrize("case", load_cases(CASES, "validate", keys={"code"}))
def test_validation(clinic, case):
    check_validation(case, MODE.validate(case["code"], build_context(case_request(clinic, case))))


def types_request(clinic: Path, text: str | None = None) -> Request:
    path = clinic / "frontend/src/types.ts"
    return Request(path, path.read_text() if text is None else text, 0, 0, Workspace(clinic))


def test_the_clinic_types_are_the_golden_pattern(clinic):
    assert MODE.derive(build_context(types_request(clinic, ""))) == GOLDEN.read_text()


def test_a_new_rust_field_rewrites_only_its_declaration_and_keeps_the_users_own(clinic):
    owner = clinic / "backend/src/models/owner.rs"
    owner.write_text(owner.read_text().replace("    pub phone: Option<String>,\n    pub created_at", "    pub phone: Option<String>,\n    pub nickname: Option<String>,\n    pub created_at", 1))
    text = (clinic / "frontend/src/types.ts").read_text() + "\nexport type OwnerId = number;\n"
    context = build_context(types_request(clinic, text))
    edits = MODE.place(MODE.derive(context), context)
    assert [e.new_text for e in edits] == ["  nickname: string | null;\n"]
    result = apply_edits(text, edits)
    assert "export type OwnerId = number;" in result and MODE.validate(result, context) == []


def test_a_struct_gone_from_rust_loses_its_declaration(clinic):
    prescription = clinic / "backend/src/models/prescription.rs"
    prescription.write_text(prescription.read_text().replace("Serialize)]", ")]"))
    context = build_context(types_request(clinic))
    result = apply_edits(context.request.text, MODE.place(MODE.derive(context), context))
    assert "Prescription" not in result and "\n\n\n" not in result


def test_serde_attributes_shape_the_json(tmp_path):
    crate = tmp_path / "app" / "api"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text('[package]\nname = "api"\n')
    (tmp_path / "app" / "web" / "src").mkdir(parents=True)
    (tmp_path / "app" / "web" / "package.json").write_text("{}")
    (crate / "src" / "lib.rs").write_text(
        "#[derive(Serialize)]\n#[serde(rename_all = \"camelCase\")]\npub struct Order {\n"
        "    pub order_id: i64,\n    #[serde(rename = \"when\")]\n    pub placed_at: chrono::DateTime<Utc>,\n"
        "    #[serde(skip)]\n    pub secret: String,\n    pub lines: Vec<Option<f32>>,\n    pub kind: Kind,\n}\n"
        "#[derive(Serialize)]\n#[serde(rename_all = \"SCREAMING_SNAKE_CASE\")]\npub enum Kind { InStore, Online }\n"
        "#[derive(Serialize)]\npub enum Shape { Circle(f64), Square }\n"
    )
    path = tmp_path / "app" / "web" / "src" / "types.ts"
    context = build_context(Request(path, "", 0, 0, Workspace(tmp_path / "app")))
    code = MODE.derive(context)
    assert 'export type Kind = "IN_STORE" | "ONLINE";' in code
    assert "  orderId: number;\n  when: string;\n  lines: (number | null)[];\n  kind: Kind;\n}" in code
    assert "secret" not in code and "Shape" not in code  # skipped field; an enum with data is no union


@pytest.mark.parametrize(
    "rust, ts",
    [("Option<Vec<String>>", "string[] | null"), ("HashMap<String, i64>", "Record<string, number>"), ("&'a str", "string"), ("Box<Pet>", "Pet"), ("Mystery", "unknown")],
)
def test_rust_types_map_to_their_json(rust, ts):
    assert ts_type(rust, {"Pet"}) == ts


def test_rename_all_rules():
    assert [rename("no_show", r) for r in ("camelCase", "PascalCase", "kebab-case")] == ["noShow", "NoShow", "no-show"]
    assert rename("NoShow", "snake_case") == "no_show"
    with pytest.raises(ValueError):
        rename("x", "Title Case")


def test_a_synced_file_is_refused_rather_than_rewritten(clinic):
    with pytest.raises(ModeError, match="already in sync"):
        build_context(types_request(clinic))


def test_the_users_own_types_may_use_typescripts_global_types(clinic):
    """`Omit`, `Partial` and the like are read from the installed TypeScript's lib files."""
    owner = clinic / "backend/src/models/owner.rs"
    owner.write_text(owner.read_text().replace("    pub phone: Option<String>,\n", "    pub phone: Option<String>,\n    pub nickname: Option<String>,\n", 1))
    text = (clinic / "frontend/src/types.ts").read_text() + "\nexport type OwnerDraft = Partial<Omit<Owner, \"id\">>;\n"
    context = build_context(types_request(clinic, text))
    assert MODE.validate(text, context) == []
    assert [f.message for f in MODE.validate(text + "export type Odd = Frobnicate<Owner>;\n", context)] == [
        "`Frobnicate` is used but not declared in the types file"]


def test_a_type_the_person_declared_themselves_is_kept_and_not_declared_twice(clinic):
    own = "// written by hand\nexport type NewOwner = { full_name: string };\n"
    context = build_context(types_request(clinic, own))
    result = apply_edits(own, MODE.place(MODE.derive(context), context))
    assert result.count("NewOwner =") == 1 and "interface NewOwner" not in result
    assert "export interface Owner {" in result and MODE.validate(result, context) == []


def test_a_comment_at_the_cursor_asks_for_one_type_and_gets_only_it(clinic):
    text = "// API types\n\n/** models::owner::NewOwner: what a new owner sends */\n"
    request = Request(clinic / "frontend/src/types.ts", text, 2, 10, Workspace(clinic))
    context = build_context(request)
    assert [d.name for d in context.declarations] == ["NewOwner"]
    result = apply_edits(text, MODE.place(MODE.derive(context), context))
    assert result.count("export interface") == 1 and "export interface NewOwner {" in result
    with pytest.raises(ModeError, match="names no struct or enum"):
        build_context(Request(request.path, "// API types\n// an owner together with their pets\n", 1, 5, Workspace(clinic)))


# --- a frontend declaring one type per file (src/types/*.ts and an index) ---

PER_ENTITY = REPOSITORY / "tests" / "fixtures" / "types_per_entity"


@pytest.fixture
def per_entity(tmp_path) -> Path:
    """A copy of tests/fixtures/types_per_entity, using the clinic's TypeScript when installed."""
    project = copy_project(PER_ENTITY, tmp_path / "types_per_entity")
    installed = EXAMPLE_APP / "frontend" / "node_modules"
    if installed.exists():
        (project / "frontend" / "node_modules").symlink_to(installed.resolve())
    return project


def written_file(project: Path, relative: str, text: str, line: int = 0) -> tuple[str, str]:
    """(what the mode writes, the file it makes) for a request at `line` of a new file."""
    path = project / "frontend" / relative
    context = build_context(Request(path, text, line, 0, Workspace(project)))
    code = MODE.derive(context)
    assert [f.message for f in MODE.validate(code, context)] == []
    result = apply_edits(text, MODE.place(code, context))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(result)
    return code, result


def strict_tsc_errors(frontend: Path) -> str:
    tsc = frontend / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        pytest.skip("typescript is not installed for the example frontends (scripts/frontend.sh)")
    done = subprocess.run([str(tsc), "--noEmit", "-p", str(frontend)], capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


@pytest.mark.parametrize(
    "relative, text",
    [
        ("src/types/supplierWithPlants.ts", "// nocodo: SupplierWithPlants\n"),  # a comment names it
        ("src/types/supplier-with-plants.ts", ""),  # an empty file named after it
    ],
)
def test_one_type_imports_what_the_project_declares_and_writes_only_what_is_missing(per_entity, relative, text):
    code, result = written_file(per_entity, relative, text)
    assert 'import type { Plant } from "./plant";' in result and 'import type { Supplier } from "./supplier";' in result
    assert "export interface SupplierWithPlants {" in code and 'export type Region = "north" | "south";' in code
    assert result.count("export interface") == 1 and "export interface Supplier {" not in result
    assert strict_tsc_errors(per_entity / "frontend") == ""


def test_a_file_outside_the_types_folder_imports_through_its_index_as_the_project_does(per_entity):
    _, result = written_file(per_entity, "src/reports/summary.ts", "// nocodo: SupplierWithPlants\n")
    assert result.startswith('import type { Plant, Supplier } from "../types";\n\n// nocodo: SupplierWithPlants\n')
    assert strict_tsc_errors(per_entity / "frontend") == ""


def test_a_type_the_project_declares_elsewhere_is_not_written_again(per_entity):
    path = per_entity / "frontend" / "src" / "types" / "extra.ts"
    with pytest.raises(ModeError, match=r"`Supplier` is already declared in frontend/src/types/supplier.ts"):
        build_context(Request(path, "// nocodo: Supplier\n", 0, 0, Workspace(per_entity)))


def test_a_full_sync_beside_per_entity_files_imports_them_instead_of_redeclaring(per_entity):
    _, result = written_file(per_entity, "src/types/generated.ts", "")
    assert "export interface Supplier {" not in result and "export interface Plant {" not in result
    assert 'import type { Plant } from "./plant";' in result and "export interface SupplierWithPlants {" in result
    assert strict_tsc_errors(per_entity / "frontend") == ""

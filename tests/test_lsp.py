"""End to end: the real server over stdio, a real LSP client, the real embedded model."""

import asyncio
import sys
from pathlib import Path
from typing import Union

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from nocodo.modes import ALL_MODES
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.testing import copy_example_app, copy_example_backend, copy_fixture_crate

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "nocodo.server", "serve"])
#: what the editors call by name (editors/vscode/src/extension.ts, editors/nvim/lua/nocodo/init.lua)
CODE_ACTION_KIND = "refactor.rewrite.nocodo"
COMMANDS = {
    "nocodo.runMode",
    "nocodo.showLastRun",
    "nocodo.listModes",
    "nocodo.diesel.model_fn",
    "nocodo.diesel.model_struct",
    "nocodo.diesel.schema",
    "nocodo.actix.handler",
    "nocodo.actix.router",
    "nocodo.actix.middleware",
    "nocodo.types.typescript",
    "nocodo.solid.view",
    "nocodo.solid.form",
    "nocodo.solid.route",
    "nocodo.solid.context",
    "nocodo.style.daisyui",
}
#: how long a test waits for a notification before failing
WAIT = 10


def expect_notification(client: LanguageClient, method: str) -> asyncio.Future:
    """A waiter for the next `method` notification: create it before sending what triggers it."""
    return client.protocol.wait_for_notification_async(method)


async def arrived(waiter: asyncio.Future, timeout: float = WAIT):
    return await asyncio.wait_for(waiter, timeout)


async def start_session(lsp_client: LanguageClient, tmp_path_factory, options: dict, root: Path | None = None) -> None:
    """Initialize the real server on `root` (default: a fresh copy of the fixture crate), as VS Code would."""
    root = root or copy_fixture_crate(tmp_path_factory.mktemp("workspace") / "school")
    lsp_client.root = root
    lsp_client.applied_edits = []

    # lsprotocol reads any object with a "command" key as a Command, so a CodeAction carrying a
    # command would lose its fields in this Python client (VS Code and Neovim read it fine).
    converter = lsp_client.protocol._converter
    converter.register_structure_hook(
        Union[types.Command, types.CodeAction],
        lambda obj, _: converter.structure(obj, types.CodeAction if "kind" in obj or isinstance(obj.get("command"), dict) else types.Command),
    )

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        lsp_client.applied_edits.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            initialization_options=options,
        )
    )


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path_factory):
    await start_session(lsp_client, tmp_path_factory, {"nocodo": {"maxRetries": 2}})
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER)
async def badly_configured_client(lsp_client: LanguageClient, tmp_path_factory):
    """A server whose initializationOptions carry a bad planning value; its first message waits."""
    lsp_client.first_message = expect_notification(lsp_client, "window/showMessage")
    await start_session(lsp_client, tmp_path_factory, {"nocodo": {"planning": {"temperature": 7}}})
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, relative: str, text: str | None = None) -> tuple[str, str]:
    path = client.root / relative
    text = path.read_text() if text is None else text
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="rust", version=1, text=text)
        )
    )
    return uri, text


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.split("\n")) if needle in line)


async def code_actions(client: LanguageClient, uri: str, line: int, character: int = 0):
    position = types.Position(line=line, character=character)
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )


async def run_mode(client: LanguageClient, uri: str, line: int, character: int = 0, **args):
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="nocodo.runMode",
            arguments=[{"mode": "diesel.model_fn", "uri": uri, "position": {"line": line, "character": character}, "args": args}],
        )
    )


def apply_text_edits(text: str, edits) -> str:
    from nocodo.modes.base import Edit
    from nocodo.modes.edits import apply_edits

    return apply_edits(
        text,
        [Edit(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.new_text) for e in edits],
    )


async def test_declares_the_code_action_kind_and_the_commands_editors_call(client: LanguageClient):
    capabilities = client.initialize_result.capabilities
    assert list(capabilities.code_action_provider.code_action_kinds) == [CODE_ACTION_KIND]
    assert set(capabilities.execute_command_provider.commands) == COMMANDS
    # every registered mode has its alias, and the editors' list names every mode
    assert {f"nocodo.{mode.id}" for mode in ALL_MODES} == {c for c in COMMANDS if c.count(".") > 1}
    uri, text = open_document(client, "src/models/student.rs")
    actions = await code_actions(client, uri, line_of(text, "students::table.find"))
    assert [(a.kind, a.command.command) for a in actions] == [(CODE_ACTION_KIND, "nocodo.runMode")]


async def test_each_mode_alias_answers_as_run_mode_does(client: LanguageClient):
    uri, text = open_document(client, "src/models/course.rs")
    where = {"uri": uri, "position": {"line": line_of(text, "impl Course {"), "character": 0}}
    plain = await run_mode(client, uri, where["position"]["line"])
    alias = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="nocodo.diesel.model_fn", arguments=[where])
    )
    assert plain["status"] == alias["status"] == "needs_input"
    assert plain["missing"] == alias["missing"] and plain["missing"]["name"] == "name"
    schema_uri, _ = open_document(client, "src/schema.rs")
    table = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="nocodo.diesel.schema", arguments=[{"uri": schema_uri, "position": {"line": 0, "character": 0}}]
        )
    )
    assert (table["status"], table["missing"]["name"]) == ("needs_input", "table")
    assert client.applied_edits == []


async def test_code_action_listed_inside_a_model_impl_only(client: LanguageClient):
    uri, text = open_document(client, "src/models/student.rs")
    inside = await code_actions(client, uri, line_of(text, "students::table.find"))
    assert [a.title for a in inside] == ["Nocodo: Generate Diesel function"]
    assert inside[0].command.command == "nocodo.runMode"
    assert inside[0].command.arguments[0]["mode"] == "diesel.model_fn"
    on_struct = await code_actions(client, uri, line_of(text, "pub email: String"))
    assert [a.title for a in on_struct] == ["Nocodo: Generate Diesel model struct"]
    on_use = await code_actions(client, uri, line_of(text, "use diesel::prelude"))
    assert not on_use
    schema_uri, schema_text = open_document(client, "src/schema.rs")
    in_schema = await code_actions(client, schema_uri, line_of(schema_text, "courses (id)"))
    assert [a.title for a in in_schema] == ["Nocodo: Generate Diesel table"]


async def test_code_actions_survive_broken_and_empty_files(client: LanguageClient):
    uri, _ = open_document(client, "src/models/student.rs", "impl Student { pub fn (((\n")
    assert not await code_actions(client, uri, 0, 5)
    empty_uri, _ = open_document(client, "src/empty.rs", "")
    assert not await code_actions(client, empty_uri, 0, 0)


async def test_list_modes(client: LanguageClient):
    modes = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="nocodo.listModes"))
    assert "diesel.model_fn" in [m["id"] for m in modes]


async def test_every_request_is_answered_while_the_model_loads(client: LanguageClient):
    # The model starts loading in the background on `initialized`; llama.cpp must not silence
    # the stdout the server speaks on while it loads, or answers vanish and the client hangs.
    for _ in range(60):
        request = client.workspace_execute_command_async(types.ExecuteCommandParams(command="nocodo.listModes"))
        modes = await asyncio.wait_for(request, timeout=30)
        assert "diesel.model_fn" in [m["id"] for m in modes]
        await asyncio.sleep(0.05)


async def test_missing_name_asks_for_input_and_changes_nothing(client: LanguageClient):
    uri, text = open_document(client, "src/models/course.rs")
    result = await run_mode(client, uri, line_of(text, "impl Course {"), 5)
    assert result["status"] == "needs_input"
    assert result["missing"]["name"] == "name"
    assert client.applied_edits == []


async def test_cursor_in_the_wrong_place_is_a_clear_error(client: LanguageClient):
    uri, text = open_document(client, "src/models/student.rs")
    shown = expect_notification(client, "window/showMessage")
    result = await run_mode(client, uri, line_of(text, "pub email: String"), 0, name="find_by_email")
    assert result["status"] == "failed"
    assert "impl" in result["message"]
    assert client.applied_edits == []
    message = await arrived(shown)
    assert (message.type, message.message) == (types.MessageType.Error, f"nocodo: {result['message']}")


async def test_misconfigured_model_is_reported_and_nothing_changes(client: LanguageClient):
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"nocodo": {"modelPath": "/nonexistent/model.gguf"}})
    )
    uri, text = open_document(client, "src/models/student.rs")
    result = await run_mode(client, uri, line_of(text, "students::table.find"), 0, name="find_by_email")
    assert result["status"] == "failed"
    assert "/nonexistent/model.gguf" in result["message"]
    assert client.applied_edits == []


async def test_bad_settings_are_reported(client: LanguageClient):
    shown = expect_notification(client, "window/showMessage")
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"nocodo": {"temperature": 7}})
    )
    message = await arrived(shown)
    assert (message.type, message.message) == (
        types.MessageType.Error,
        "nocodo: invalid nocodo settings: temperature: Input should be less than or equal to 1; keeping the previous settings",
    )


async def test_a_bad_planning_value_is_refused_when_it_arrives_and_the_previous_settings_stay(client: LanguageClient):
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"nocodo": {"modelPath": "/nonexistent/model.gguf"}})
    )
    shown = expect_notification(client, "window/showMessage")
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"nocodo": {"planning": {"temperature": 7}}})
    )
    message = await arrived(shown)
    assert (message.type, message.message) == (
        types.MessageType.Error,
        "nocodo: invalid nocodo settings: planning.temperature: Input should be less than or equal to 1;"
        " keeping the previous settings",
    )
    # the model path set before the refused change is still the one in use
    uri, text = open_document(client, "src/models/student.rs")
    result = await run_mode(client, uri, line_of(text, "students::table.find"), 0, name="find_by_email")
    assert result["status"] == "failed" and "/nonexistent/model.gguf" in result["message"]


async def test_a_bad_planning_value_in_initialization_options_is_refused(badly_configured_client: LanguageClient):
    message = await arrived(badly_configured_client.first_message)
    assert (message.type, message.message) == (
        types.MessageType.Error,
        "nocodo: invalid nocodo settings: planning.temperature: Input should be less than or equal to 1;"
        " keeping the previous settings",
    )
    modes = await badly_configured_client.workspace_execute_command_async(types.ExecuteCommandParams(command="nocodo.listModes"))
    assert [m["id"] for m in modes] == [mode.id for mode in ALL_MODES]


@pytest.mark.model
async def test_generates_a_function_with_the_real_model(client: LanguageClient):
    uri, text = open_document(client, "src/models/student.rs")
    result = await run_mode(client, uri, line_of(text, "students::table.find"), 0, name="find_by_email")
    assert result["status"] == "applied", result["message"]
    assert len(client.applied_edits) == 1
    change = client.applied_edits[0].edit.document_changes[0]
    assert change.text_document.uri == uri
    assert change.text_document.version == 1
    new_text = apply_text_edits(text, change.edits)
    assert "fn find_by_email(" in new_text
    assert syntax_problems(parse(new_text)) == []
    # progress was reported from begin to end
    reports = [r for token_reports in client.progress_reports.values() for r in token_reports]
    assert reports and reports[0].kind == "begin" and reports[-1].kind == "end"
    last = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="nocodo.showLastRun", arguments=[{"uri": uri}])
    )
    assert "## Prompt" in last["markdown"] and "find_by_email" in last["record"]["code"]


@pytest.mark.model
async def test_an_answer_is_asked_once_then_remembered_for_the_project(client: LanguageClient):
    uri, text = open_document(client, "src/models/course.rs")
    line = line_of(text, "impl Course {")
    asked = await run_mode(client, uri, line, 0, name="list_hard")
    assert asked["status"] == "needs_input" and "'hard'" in asked["missing"]["prompt"]
    assert asked["missing"]["other_value"] == "hard=say: {answer}"
    # answered in the person's own words, as the editors send them
    words = asked["missing"]["other_value"].replace("{answer}", "advanced")
    answered = await run_mode(client, uri, line, 0, name="list_hard", meaning=words)
    assert answered["status"] == "applied", answered["message"]
    assert "kept in .nocodo/glossary.toml: 'hard' = say: advanced" in answered["message"]
    uri, text = open_document(client, "src/models/course.rs", (client.root / "src/models/course.rs").read_text())
    later = await run_mode(client, uri, line_of(text, "impl Course {"), 0, name="count_hard")
    assert later["status"] == "applied", later["message"]
    assert "remembered from an earlier answer: 'hard' = say: advanced" in later["message"]
    assert "courses::level.eq(CourseLevel::Advanced.as_str())" in later["code"]


@pytest.mark.model
async def test_document_edited_while_generating_is_not_overwritten(client: LanguageClient):
    uri, text = open_document(client, "src/models/student.rs")
    started = expect_notification(client, "$/progress")
    pending = asyncio.ensure_future(run_mode(client, uri, line_of(text, "students::table.find"), 0, name="list_recent"))
    assert (await arrived(started)).value["kind"] == "begin"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="// edited by the user\n" + text)],
        )
    )
    result = await pending
    assert result["status"] in ("stale", "failed")
    assert client.applied_edits == []


@pytest.mark.model
async def test_cancelling_the_progress_cancels_the_run(client: LanguageClient):
    uri, text = open_document(client, "src/models/student.rs")
    started = expect_notification(client, "$/progress")
    pending = asyncio.ensure_future(run_mode(client, uri, line_of(text, "students::table.find"), 0, name="count_all"))
    begin = await arrived(started)
    assert begin.value["kind"] == "begin"
    client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=begin.token))
    result = await pending
    assert result["status"] == "cancelled"
    assert client.applied_edits == []


# --- the Actix modes: each end to end on a copy of examples/clinic/backend ---------------------
# They derive their code, so no model is loaded for an answer.

ACTIX_COMMANDS = {"nocodo.actix.handler", "nocodo.actix.router", "nocodo.actix.middleware"}


@pytest_lsp.fixture(config=SERVER)
async def actix_client(lsp_client: LanguageClient, tmp_path_factory):
    # the compile check has its own tests; here it would only wait on cargo
    root = copy_example_backend(tmp_path_factory.mktemp("workspace") / "clinic")
    await start_session(lsp_client, tmp_path_factory, {"nocodo": {"compileCheck": "off"}}, root)
    yield
    await lsp_client.shutdown_session()


async def run_actix(client: LanguageClient, command: str, uri: str, line: int, **args) -> dict:
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command, arguments=[{"uri": uri, "position": {"line": line, "character": 0}, "args": args}])
    )


def applied_text(client: LanguageClient, uri: str, text: str) -> str:
    change = client.applied_edits[-1].edit.document_changes[0]
    assert change.text_document.uri == uri
    return apply_text_edits(text, change.edits)


async def test_the_actix_modes_are_declared_listed_and_offered(actix_client: LanguageClient):
    client = actix_client
    assert ACTIX_COMMANDS <= set(client.initialize_result.capabilities.execute_command_provider.commands)
    modes = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="nocodo.listModes"))
    assert {"actix.handler", "actix.router", "actix.middleware"} <= {m["id"] for m in modes}
    uri, text = open_document(client, "src/handlers/pets.rs")
    titles = [a.title for a in await code_actions(client, uri, len(text.split("\n")) - 1)]
    assert "Nocodo: Generate Actix handler" in titles
    main_uri, _ = open_document(client, "src/main.rs")
    titles = [a.title for a in await code_actions(client, main_uri, 0)]
    assert {"Nocodo: Register Actix handlers", "Nocodo: Add Actix middleware"} <= set(titles)


async def test_actix_handler_asks_for_the_model_with_choices_then_writes_it(actix_client: LanguageClient):
    client = actix_client
    uri, text = open_document(client, "src/handlers/pets.rs")
    end = len(text.split("\n")) - 1
    asked = await run_actix(client, "nocodo.actix.handler", uri, end)
    assert asked["status"] == "needs_input" and asked["missing"]["name"] == "model"
    assert "Pet" in [c["value"] for c in asked["missing"]["choices"]]
    # the way out of the choices: the person's own words, which the next run reads
    assert asked["missing"]["other"] == "Something else: I will say it in other words"
    assert client.applied_edits == []
    result = await run_actix(client, "nocodo.actix.handler", uri, end, model="our pets", action="show them all")
    assert result["status"] == "applied", result["message"]
    new_text = applied_text(client, uri, text)
    assert '#[get("/pets")]\npub async fn list_pets(' in new_text and syntax_problems(parse(new_text)) == []


async def test_actix_router_registers_a_missing_handler(actix_client: LanguageClient):
    client = actix_client
    main = (client.root / "src/main.rs").read_text().replace("                    .service(handlers::vets::list_active_vets)\n", "")
    uri, text = open_document(client, "src/main.rs", main)
    result = await run_actix(client, "nocodo.actix.router", uri, 0)
    assert result["status"] == "applied", result["message"]
    assert applied_text(client, uri, text).count(".service(handlers::vets::list_active_vets)") == 1


async def test_actix_middleware_is_added_to_the_app(actix_client: LanguageClient):
    client = actix_client
    uri, text = open_document(client, "src/main.rs")
    result = await run_actix(client, "nocodo.actix.middleware", uri, 0, kind="request_id")
    assert result["status"] == "applied", result["message"]
    new_text = applied_text(client, uri, text)
    assert ".wrap_fn(|req, srv| {" in new_text and syntax_problems(parse(new_text)) == []


# --- the SolidJS layer, end to end on a copy of examples/clinic (its frontend type-checked) ---


@pytest_lsp.fixture(config=SERVER)
async def solid_client(lsp_client: LanguageClient, tmp_path_factory):
    root = copy_example_app(tmp_path_factory.mktemp("workspace") / "clinic")
    await start_session(lsp_client, tmp_path_factory, {"nocodo": {"maxRetries": 0}}, root)
    yield
    await lsp_client.shutdown_session()


async def run_named_mode(client: LanguageClient, mode: str, relative: str, text: str, line: int = 0, character: int = 0, **args):
    """Open `relative` with `text` and run `mode` there; returns the result and the file's text after."""
    uri, _ = open_document(client, relative, text)
    applied_before = len(client.applied_edits)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command="nocodo.runMode",
            arguments=[{"mode": mode, "uri": uri, "position": {"line": line, "character": character}, "args": args}],
        )
    )
    after = text
    for applied in client.applied_edits[applied_before:]:
        after = apply_text_edits(after, applied.edit.document_changes[0].edits)
    return result, after


def tsx_problems(text: str) -> list:
    return syntax_problems(parse(text, "tsx"))


async def test_types_typescript_writes_the_api_types_and_type_checks_them(solid_client: LanguageClient):
    result, after = await run_named_mode(solid_client, "types.typescript", "frontend/src/types.ts", "")
    assert result["status"] == "applied", result["message"]
    assert "derived without the model" in result["message"] and "type check: type-checks" in result["message"]
    assert after == (solid_client.root / "frontend/src/types.ts").read_text()
    synced, _ = await run_named_mode(solid_client, "types.typescript", "frontend/src/types.ts", after)
    assert synced["status"] == "failed" and "already in sync" in synced["message"]


async def test_solid_view_writes_a_list_and_asks_for_a_type_that_does_not_exist(solid_client: LanguageClient):
    asked, _ = await run_named_mode(solid_client, "solid.view", "frontend/src/components/VetTable.tsx", "", type="Horse", kind="list")
    assert asked["status"] == "needs_input" and asked["missing"]["name"] == "type"
    assert [c["value"] for c in asked["missing"]["choices"]] == ["Appointment", "Invoice", "Owner", "Pet", "Vet"]
    result, after = await run_named_mode(solid_client, "solid.view", "frontend/src/components/VetTable.tsx", "", type="Vet", kind="list")
    assert result["status"] == "applied", result["message"]
    assert "type check: type-checks" in result["message"]
    assert "createResource(listVets)" in after and tsx_problems(after) == []


async def test_solid_form_writes_a_create_form_and_asks_for_its_variant(solid_client: LanguageClient):
    asked, _ = await run_named_mode(solid_client, "solid.form", "frontend/src/components/PetForm.tsx", "", type="Pet")
    assert asked["status"] == "needs_input" and [c["value"] for c in asked["missing"]["choices"]] == ["create", "edit"]
    # a file named for a new record says which form it is
    result, after = await run_named_mode(solid_client, "solid.form", "frontend/src/components/NewPetForm.tsx", "", type="Pet")
    assert result["status"] == "applied", result["message"]
    assert "await createPet({" in after and 'type="date"' in after and tsx_problems(after) == []
    refused, _ = await run_named_mode(solid_client, "solid.form", "frontend/src/components/OwnerForm.tsx", "export const x = 1;\n", type="Pet", variant="create")
    assert refused["status"] == "failed" and "blank line between top-level items" in refused["message"]


async def test_solid_route_adds_a_lazy_route_and_asks_for_a_missing_component(solid_client: LanguageClient):
    routes = (solid_client.root / "frontend/src/routes.tsx").read_text()
    asked, _ = await run_named_mode(solid_client, "solid.route", "frontend/src/routes.tsx", routes, path="/pets/:id", component="PetDetail")
    assert asked["status"] == "needs_input" and asked["missing"]["name"] == "component"
    result, after = await run_named_mode(solid_client, "solid.route", "frontend/src/routes.tsx", routes, path="/home", component="App")
    assert result["status"] == "applied", result["message"]
    assert '{ path: "/home", component: App },' in after and 'const App = lazy(() => import("./App"));' in after


async def test_solid_context_writes_a_provider_and_hook_and_asks_what_a_plain_name_holds(solid_client: LanguageClient):
    asked, _ = await run_named_mode(solid_client, "solid.context", "frontend/src/Theme.tsx", "", name="Theme")
    assert asked["status"] == "needs_input" and asked["missing"]["name"] == "type"
    result, after = await run_named_mode(solid_client, "solid.context", "frontend/src/SelectedVet.tsx", "", name="SelectedVet")
    assert result["status"] == "applied", result["message"]
    assert "export function useSelectedVet()" in after and tsx_problems(after) == []


async def test_style_daisyui_restyles_a_component_and_refuses_bad_tsx_and_no_jsx(solid_client: LanguageClient):
    plain = "export default function Hello() {\n  return <section><h1>Hi</h1><button>Go</button></section>;\n}\n"
    result, after = await run_named_mode(solid_client, "style.daisyui", "frontend/src/Hello.tsx", plain, line=1, character=4)
    assert result["status"] == "applied", result["message"]
    assert '<button class="btn">Go</button>' in after and "type check: type-checks" in result["message"]
    broken, _ = await run_named_mode(solid_client, "style.daisyui", "frontend/src/Broken.tsx", "export default () => <div><p>x</div>;\n")
    assert broken["status"] == "failed" and "does not parse as TSX" in broken["message"]
    no_jsx, _ = await run_named_mode(solid_client, "style.daisyui", "frontend/src/sum.tsx", "export const sum = (a: number) => a + 1;\n")
    assert no_jsx["status"] == "failed" and "renders JSX" in no_jsx["message"]
    assert len(solid_client.applied_edits) == 1


async def test_code_actions_offer_the_solid_modes_where_they_apply(solid_client: LanguageClient):
    uri, _ = open_document(solid_client, "frontend/src/components/Fresh.tsx", "")
    assert [a.title for a in await code_actions(solid_client, uri, 0)] == [
        "Nocodo: Generate SolidJS list or detail view",
        "Nocodo: Generate SolidJS form",
        "Nocodo: Generate SolidJS context",
    ]
    routes_uri, routes = open_document(solid_client, "frontend/src/routes.tsx")
    on_routes = [a.title for a in await code_actions(solid_client, routes_uri, line_of(routes, "export const routes"))]
    assert "Nocodo: Add SolidJS route" in on_routes
    types_uri, _ = open_document(solid_client, "frontend/src/types.ts")
    assert [a.title for a in await code_actions(solid_client, types_uri, 0)] == ["Nocodo: Sync TypeScript API types from Rust"]

"""The planning flow end to end through the real server: description -> questions -> summary
-> epic -> a task run by its mode -> the edit reaches the client -> the task is done."""

import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from nocodo.modes.testing import copy_fixture_crate


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "nocodo.server", "serve"]))
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = copy_fixture_crate(tmp_path_factory.mktemp("plan") / "school")
    lsp_client.root = root
    lsp_client.applied_edits = []
    lsp_client.updates = []

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params):
        lsp_client.applied_edits.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    @lsp_client.feature("nocodo/plan/updated")
    def updated(params):
        lsp_client.updates.append(params)

    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"), root_uri=root.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


async def ask(client: LanguageClient, method: str, params: dict):
    return await client.protocol.send_request_async(method, params)


def field(value, name):
    return getattr(value, name) if hasattr(value, name) else value[name]


async def test_illegal_requests_get_clear_errors(client: LanguageClient):
    with pytest.raises(Exception, match="no planning session 99"):
        await ask(client, "nocodo/plan/answer", {"sessionId": 99, "answer": "x"})
    with pytest.raises(Exception, match="description"):
        await ask(client, "nocodo/plan/start", {"description": ""})


@pytest.mark.model
async def test_from_description_to_a_task_done(client: LanguageClient):
    reply = await ask(client, "nocodo/plan/start", {"description": "A music school that keeps track of its teachers and rooms"})
    session = field(reply, "sessionId")
    options = list(field(field(reply, "question"), "options"))
    assert "teacher" in options
    reply = await ask(client, "nocodo/plan/answer", {"sessionId": session, "answer": ["teacher"]})
    reply = await ask(client, "nocodo/plan/answer", {"sessionId": session, "answer": ["name", "email"]})
    reply = await ask(client, "nocodo/plan/answer", {"sessionId": session, "answer": "Only me"})
    reply = await ask(client, "nocodo/plan/answer", {"sessionId": session, "answer": ""})
    assert field(reply, "summary") is not None
    reply = await ask(client, "nocodo/plan/confirm", {"sessionId": session})
    tasks = field(field(reply, "epic"), "tasks")
    schema_task = tasks[0]
    assert field(schema_task, "mode") == "diesel.schema" and field(schema_task, "state") == "ready"
    with pytest.raises(Exception, match="cannot go from ready to done"):
        await ask(client, "nocodo/plan/transition", {"taskId": field(schema_task, "id"), "to": "done"})
    comments = await ask(client, "nocodo/plan/comment", {"taskId": field(schema_task, "id"), "text": "use snake_case"})
    assert field(comments[-1], "text") == "use snake_case"

    result = await ask(client, "nocodo/plan/runTask", {"taskId": field(schema_task, "id")})
    assert field(result, "status") == "applied", field(result, "message")
    assert field(field(result, "task"), "state") == "done"
    edit = client.applied_edits[0].edit.document_changes[0]
    assert edit.text_document.uri.endswith("src/schema.rs")
    assert "teachers (id)" in edit.edits[0].new_text
    assert client.updates

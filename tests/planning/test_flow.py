"""The planning flow: Product Owner script, Project Manager, Engineering Manager, running a task."""

import pytest

from nocodo.server.backends import create_backend
from nocodo.server.config import resolve_settings
from nocodo.server.planning import product_owner
from nocodo.server.planning.cli import _run_task
from nocodo.server.planning.project_manager import plan, review
from nocodo.server.planning.protocol import Entity, EntityField, Summary
from nocodo.server.planning.service import PlanningError, PlanningService
from nocodo.server.planning.store import PlanStore, database_path


def walk_through(service: PlanningService, description: str):
    reply = service.start(description)
    session = reply.sessionId
    assert reply.question.kind == "multiple"
    entities = reply.question.options[:2]
    reply = service.answer(session, entities)
    for _ in entities:
        assert reply.question.question.startswith("What should each")
        reply = service.answer(session, reply.question.options[:2])
    assert reply.question.kind == "single"
    reply = service.answer(session, "My staff")
    assert reply.question.kind == "text"
    reply = service.answer(session, "")
    assert reply.summary is not None and [e.name for e in reply.summary.entities] == entities
    return session, reply


def test_without_a_model_the_script_still_finds_entities(tmp_path):
    service = PlanningService(PlanStore(database_path(tmp_path)), tmp_path, backend=None)
    session, reply = walk_through(service, "A bakery that tracks customers, orders and cakes")
    assert set(reply.summary.entities[0].model_dump()) == {"name", "fields"}
    with pytest.raises(PlanningError, match="summary"):
        service.answer(session, "more")
    epic = service.confirm(session).epic
    states = {t.title: t.state for t in epic.tasks}
    assert states["Create the customers table"] == "ready"
    assert states["List customers over HTTP"] == "ready"
    assert states["Register the HTTP handlers in the app"] == "ready"
    assert states["Customer list screen"] == states["Route /customers/new"] == "ready"
    assert all(task.state == "ready" for task in epic.tasks)
    with pytest.raises(PlanningError, match="no summary"):
        service.confirm(session)


def test_project_manager_derives_crud_tasks_for_each_entity():
    summary = Summary(
        app="Clinic",
        entities=[
            Entity(name="pet", fields=[EntityField(name="name"), EntityField(name="born_on", type="date", optional=True)]),
            Entity(name="vet", fields=[EntityField(name="full_name")]),
        ],
    )
    title, tasks = plan(summary)
    assert title == "Clinic"
    modes = [t.get("mode") for t in tasks if t["title"].startswith(("Create the pets", "Pet::", "Pet read", "NewPet"))]
    assert modes == ["diesel.schema", "diesel.model_struct", "diesel.model_struct", *["diesel.model_fn"] * 4]
    schema = tasks[0]
    assert schema["args"]["table"] == "pets" and "an optional born on (date)" in schema["args"]["description"]
    assert [t["args"]["name"] for t in tasks if t.get("mode") == "diesel.model_fn"][:4] == ["find", "list_all", "create", "delete"]
    assert all(t.get("mode") for t in tasks)
    handlers = [(t["args"]["model"], t["args"]["action"], t["file"]) for t in tasks if t.get("mode") == "actix.handler"]
    assert handlers[:4] == [("Pet", a, "src/handlers/pets.rs") for a in ("list", "get", "create", "delete")]
    router = next(i for i, t in enumerate(tasks) if t.get("mode") == "actix.router")
    assert tasks[router]["file"] == "src/main.rs" and tasks[router + 1]["mode"] == "types.typescript"
    screens = [(t["mode"], t["args"], t["file"]) for t in tasks[router + 2 :]
               if t["args"].get("type") == "Pet" or t["args"].get("path", "").startswith("/pets")]
    assert screens == [
        ("solid.view", {"type": "Pet", "kind": "list"}, "frontend/src/components/PetList.tsx"),
        ("solid.form", {"type": "Pet", "variant": "create"}, "frontend/src/components/NewPetForm.tsx"),
        ("solid.route", {"path": "/pets", "component": "PetList"}, "frontend/src/routes.tsx"),
        ("solid.route", {"path": "/pets/new", "component": "NewPetForm"}, "frontend/src/routes.tsx"),
    ]
    assert review(tasks[0]) is None
    assert "missing arguments: description" in review({**schema, "args": {"table": "pets"}})


def test_entity_heuristic_reads_plural_nouns():
    assert product_owner.heuristic_entities("We rent bikes and helmets to tourists") == ["bike", "helmet", "tourist"]


@pytest.mark.model
def test_the_model_proposes_entities_grounded_in_the_description(tmp_path):
    backend = create_backend(resolve_settings({}, {}))
    proposed = product_owner.propose_entities("A dance school that keeps track of its teachers and the lessons they give", backend)
    backend.close()
    assert {"teacher", "lesson"} <= set(proposed)


@pytest.mark.model
def test_running_a_task_writes_code_and_marks_it_done(tmp_path, school):
    service = PlanningService(PlanStore(database_path(school)), school, backend=None)
    session, _ = walk_through(service, "A school keeping track of teachers and rooms")
    epic = service.confirm(session).epic
    schema_task = epic.tasks[0]
    result = _run_task(service, schema_task.id)
    assert result["status"] == "ok", result["message"]
    assert service.store.task(schema_task.id)["state"] == "done"
    assert "teachers (id)" in (school / "src/schema.rs").read_text()
    assert service.store.runs(schema_task.id)[0]["status"] == "applied"
    with pytest.raises(PlanningError, match="only ready tasks run"):
        service.begin_run(schema_task.id)


def test_committed_typescript_types_match_the_pydantic_models():
    from pathlib import Path

    from nocodo.server.planning.typescript import generate

    committed = Path(__file__).parents[2] / "editors" / "vscode" / "src" / "planProtocol.ts"
    assert committed.read_text() == generate(), "run: python -m nocodo.server.planning.typescript > editors/vscode/src/planProtocol.ts"


BIKE_SHOP = "customers bring their bikes in, and we track repair jobs for each bike and the parts used on each job"


def test_relations_are_asked_shown_and_planned(tmp_path):
    service = PlanningService(PlanStore(database_path(tmp_path)), tmp_path, backend=None)
    reply = service.start(BIKE_SHOP)
    assert reply.question.options == ["customer", "bike", "repair job", "part"]
    reply = service.answer(reply.sessionId, reply.question.options)
    session = reply.sessionId
    assert reply.question.question.startswith("Which of these are true")
    assert reply.question.options == [
        "A part can go with many repair jobs, and a repair job with many parts",
        "Each part belongs to one repair job (a repair job has many parts)",
        "Each bike belongs to one customer (a customer has many bikes)",
        "Each repair job belongs to one bike (a bike has many repair jobs)",
    ]
    with pytest.raises(PlanningError, match="not one of the choices"):
        service.answer(session, ["Each dragon belongs to one cave"])
    reply = service.answer(session, [reply.question.options[i] for i in (0, 2, 3)])
    assert reply.question.question.startswith("When a record is deleted, what should go with it?")
    assert reply.question.options == ["Deleting a customer also deletes its bikes", "Deleting a bike also deletes its repair jobs"]
    with pytest.raises(PlanningError, match="not one of the choices"):
        service.answer(session, ["Deleting a part also deletes its customers"])
    reply = service.answer(session, ["Deleting a bike also deletes its repair jobs"])
    assert reply.question.question == "What should each customer record hold?"
    for _ in range(4):
        reply = service.answer(session, reply.question.options[:1])
    reply = service.answer(session, "Only me")
    reply = service.answer(session, "")
    assert [(r.child, r.parent, r.kind, r.on_delete) for r in reply.summary.relations] == [
        ("part", "repair_job", "many_to_many", "restrict"), ("bike", "customer", "belongs_to", "restrict"),
        ("repair_job", "bike", "belongs_to", "cascade")]
    assert "Each bike belongs to one customer (a customer has many bikes)" in reply.message
    assert "A customer that has bikes cannot be deleted" in reply.message
    assert "Deleting a bike also deletes its repair jobs" in reply.message
    tasks = service.confirm(session).epic.tasks
    schema = [t for t in tasks if t.mode == "diesel.schema"]
    assert [t.args["table"] for t in schema] == ["customers", "bikes", "repair_jobs", "parts", "repair_job_parts"]
    assert schema[1].args["description"].startswith("bikes with the customer, a name (text)")
    assert schema[2].args["description"].startswith("repair jobs with the bike,")
    assert schema[4].args["description"] == "repair job parts with the repair_job, the part"
    assert all(t.state == "ready" for t in schema)


def test_fields_fit_the_record_and_another_field_has_its_type_asked(tmp_path):
    service = PlanningService(PlanStore(database_path(tmp_path)), tmp_path, backend=None)
    reply = service.start("customers bring their bikes in")
    session = reply.sessionId
    reply = service.answer(session, ["customer", "bike"])
    reply = service.answer(session, reply.question.options)  # the relation
    reply = service.answer(session, [])  # nothing goes with a deleted customer
    assert reply.question.question == "What should each customer record hold?"
    assert reply.question.options[:3] == ["name", "email", "phone"]
    reply = service.answer(session, ["name", "email"])
    assert "email" not in reply.question.options and reply.question.options[-1] == product_owner.ANOTHER_FIELD
    reply = service.answer(session, ["name", product_owner.ANOTHER_FIELD])
    assert reply.question.kind == "text"
    with pytest.raises(PlanningError, match="field name"):
        service.answer(session, "serial number, 2nd phone")
    reply = service.answer(session, "serial number and bought on")
    assert reply.question.question == "What does the serial number of a bike hold?"
    with pytest.raises(PlanningError, match="not one of the choices"):
        service.answer(session, "a colour")
    reply = service.answer(session, "words (text)")
    assert reply.question.question == "What does the bought on of a bike hold?"
    reply = service.answer(session, "a date")
    assert reply.question.question == "Who will use the app?"
    service.answer(session, "Only me")
    summary = service.answer(session, "").summary
    bike = next(e for e in summary.entities if e.name == "bike")
    assert [(f.name, f.type) for f in bike.fields] == [("name", "text"), ("serial_number", "text"), ("bought_on", "date")]
    customer = next(e for e in summary.entities if e.name == "customer")
    assert [(f.name, f.type, f.optional) for f in customer.fields] == [("name", "text", False), ("email", "text", True)]

"""Reading a SolidJS project: where its API types and client are, what they declare."""

import shutil

from nocodo.modes.solid.project import read_project
from nocodo.modes.testing import request_at


def test_the_clinic_is_read_from_its_files(clinic):
    project = read_project(request_at(clinic / "frontend", "src/App.tsx", line=0))
    assert project.unions["Species"][:2] == ("dog", "cat")
    assert project.api["updateAppointment"].params == (("id", "number"), ("changes", "AppointmentChanges"))
    assert project.api["listOwners"].returns == "Owner[]"
    assert {r.path for r in project.routes} >= {"/", "/owners", "/owners/:id", "/owners/new"}


def test_types_and_client_in_folders_of_their_own_are_found(clinic):
    src = clinic / "frontend" / "src"
    (src / "api").mkdir()
    shutil.move(src / "api.ts", src / "api" / "index.ts")
    (src / "generated").mkdir()
    shutil.move(src / "types.ts", src / "generated" / "types.ts")
    project = read_project(request_at(clinic / "frontend", "src/App.tsx", line=0))
    assert (project.homes["listOwners"], project.homes["Owner"]) == (src.resolve() / "api" / "index.ts", src.resolve() / "generated" / "types.ts")
    assert "Owner" in project.interfaces and "createOwner" in project.api

"""The person's words read in place of arguments (which record, a list or one, the rows and their
order), on a frontend declaring its records through zod schemas and an axios client object."""

import json
from pathlib import Path

import pytest

from nocodo.modes.solid.project import read_project
from nocodo.modes.solid.request_words import said, shaping_in_words, type_in_words
from nocodo.modes.solid.view.context import build_context
from nocodo.modes.solid.view.render import render_view
from nocodo.modes.testing import request_at

SCHEMA = '''import { z } from "zod";

export const bookingStatusSchema = z.enum(["booked", "cancelled", "no_show"]);

export const bookingSchema = z.object({
  id: z.number().int(),
  guest_name: z.string().min(1),
  phone: z.string(),
  party_size: z.number().int().positive(),
  starts_at: z.string().datetime(),
  paid: z.boolean(),
  notes: z.string().nullable(),
  status: bookingStatusSchema,
});

export const bookingInputSchema = bookingSchema.omit({ id: true });

export type BookingStatus = z.infer<typeof bookingStatusSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type BookingInput = z.infer<typeof bookingInputSchema>;
'''

CLIENT = '''import axios from "axios";
import type { Booking, BookingInput } from "./schemas/booking";

const http = axios.create({ baseURL: "/api" });

export const api = {
  bookings: {
    list: () => http.get<Booking[]>("/bookings").then((r) => r.data),
    get: (id: number) => http.get<Booking>(`/bookings/${id}`).then(({ data }) => data),
    create: (body: BookingInput) => http.post<Booking>("/bookings", body).then((r) => r.data),
  },
};
'''


@pytest.fixture
def frontend(tmp_path: Path) -> Path:
    root = tmp_path / "restaurant"
    (root / "src/schemas").mkdir(parents=True)
    (root / "package.json").write_text(json.dumps({"dependencies": {"solid-js": "^1.9.0", "@solidjs/router": "^0.15.0", "zod": "^3.23.0"}}))
    (root / "src/schemas/booking.ts").write_text(SCHEMA)
    (root / "src/api.ts").write_text(CLIENT)
    return root


def test_types_inferred_from_zod_schemas_are_read_with_their_fields(frontend):
    project = read_project(request_at(frontend, "src/api.ts", line=0))
    booking = project.interfaces["Booking"]
    assert [(f.name, f.type) for f in booking.fields][:3] == [("id", "number"), ("guest_name", "string"), ("phone", "string")]
    assert booking.field("notes").nullable and booking.field("status").type == "BookingStatus"
    assert [f.name for f in project.interfaces["BookingInput"].fields][0] == "guest_name"
    assert project.unions["BookingStatus"] == ("booked", "cancelled", "no_show")
    # axios calls unwrapped with .then((r) => r.data) resolve to the type they ask for
    assert {name: f.returns for name, f in project.api.items()} == {
        "api.bookings.list": "Booking[]", "api.bookings.get": "Booking", "api.bookings.create": "Booking",
    }


def _words(frontend: Path, comment: str, file: str = "src/pages/Page.tsx"):
    request = request_at(frontend, file, line=0, text=f"// nocodo: {comment}\n")
    return said(request), read_project(request)


@pytest.mark.parametrize("comment, keep, order", [
    ("who cancelled on us? I want to ring them back", (("status", '"cancelled"'),), None),
    ("tables that are not paid yet, biggest party first", (("paid", "false"),), ("party_size", True)),
    ("the unpaid ones", (("paid", "false"),), None),
    ("the paid bookings, soonest first", (("paid", "true"),), ("starts_at", False)),
    ("every booking", (), None),
    # a value said after "whether" is one to show, not the rows to keep
    ("all the bookings, showing who booked and whether it's confirmed", (), None),
])
def test_a_list_keeps_and_orders_the_rows_the_words_ask_for(frontend, comment, keep, order):
    words, project = _words(frontend, comment)
    shaping = shaping_in_words(words, project.interfaces["Booking"], project)
    assert (shaping.keep, shaping.order) == (keep, order)


def test_a_record_is_found_by_the_fields_its_words_name(frontend):
    words, project = _words(frontend, "who is coming tonight, with their party size and phone")
    assert type_in_words(project, words, ["Booking"]) == "Booking"
    # two records whose fields the words name alike: not settled, so asked
    assert type_in_words(project, words, ["Booking", "BookingInput"]) is None


def test_a_view_asked_in_words_alone_is_read_from_them(frontend):
    request = request_at(frontend, "src/pages/tonight-page.tsx", line=0, text="// nocodo: show me the bookings that cancelled\n")
    context = build_context(request)
    assert (context.kind, context.type.name, context.loader.call, context.name) == ("list", "Booking", "api.bookings.list", "TonightPage")
    assert context.shaping.keep == (("status", '"cancelled"'),)


def test_a_project_loading_on_mount_gets_its_records_loaded_so(frontend):
    (frontend / "src/pages").mkdir(parents=True, exist_ok=True)
    (frontend / "src/pages/Home.tsx").write_text(
        'import { createSignal, onMount } from "solid-js";\nimport { api } from "../api";\nimport type { Booking } from "../schemas/booking";\n\n'
        "export default function Home() {\n  const [bookings, setBookings] = createSignal<Booking[]>([]);\n"
        "  onMount(async () => {\n    setBookings(await api.bookings.list());\n  });\n  return <p>{bookings().length}</p>;\n}\n"
    )
    request = request_at(frontend, "src/pages/Bookings.tsx", line=0, text="// nocodo: every booking, newest first\n")
    code = render_view(build_context(request))
    assert "const [bookings, setBookings] = createSignal<Booking[]>([]);" in code
    assert "onMount(async () => setBookings(await api.bookings.list()));" in code
    assert "createResource" not in code and ".sort((a, b) => b.starts_at.localeCompare(a.starts_at))" in code


STORE = '''import { createStore } from "solid-js/store";
import { api } from "../api";
import type { Booking, BookingInput } from "../schemas/booking";

const [bookingsStore, setBookingsStore] = createStore({ bookings: [] as Booking[], current: null as Booking | null });

export { bookingsStore };

export async function loadBookings() {
  const bookings = await api.bookings.list();
  setBookingsStore({ bookings });
}

export async function loadBooking(id: number) {
  const booking = await api.bookings.get(id);
  setBookingsStore({ current: booking });
}

export async function addBooking(input: BookingInput) {
  const booking = await api.bookings.create(input);
  setBookingsStore("bookings", (all) => [...all, booking]);
  return booking;
}
'''


def test_a_projects_store_module_is_gone_through_as_its_pages_do(frontend):
    (frontend / "src/stores").mkdir()
    (frontend / "src/stores/bookings.ts").write_text(STORE)
    (frontend / "src/pages").mkdir(parents=True, exist_ok=True)
    (frontend / "src/pages/Home.tsx").write_text(
        'import { onMount } from "solid-js";\nimport { bookingsStore, loadBookings } from "../stores/bookings";\n\n'
        "export default function Home() {\n  onMount(() => loadBookings());\n  return <p>{bookingsStore.bookings.length}</p>;\n}\n"
    )
    project = read_project(request_at(frontend, "src/api.ts", line=0))
    # the wrapper handing on what it saved replaces the client's create; the loaders are read
    assert "addBooking" in project.api and "api.bookings.create" not in project.api
    assert project.store_loads["api.bookings.list"].accessor == "bookingsStore.bookings"
    code = render_view(build_context(request_at(frontend, "src/pages/Bookings.tsx", line=0, text="// nocodo: every booking\n")))
    assert "onMount(() => loadBookings());" in code and "const bookings = () => bookingsStore.bookings;" in code
    assert 'import { bookingsStore, loadBookings } from "../stores/bookings";' in code and "createResource" not in code


def test_a_form_checks_what_it_sends_with_the_projects_zod_schema(frontend):
    from nocodo.modes.solid.form import MODE as FORM

    request = request_at(frontend, "src/pages/new-booking.tsx", line=0, text="// nocodo: take a new booking\n")
    code = FORM.derive(FORM.context(request))
    assert "await api.bookings.create(bookingInputSchema.parse({" in code
    assert 'import { bookingInputSchema } from "../schemas/booking";' in code or "bookingInputSchema" in code.split("export")[0]

import { createResource, For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { api } from "../api/client";
import { AppointmentCard } from "../components/appointment-card";

export function AppointmentsPage() {
  const [appointments] = createResource(api.appointments.list);
  const [clients] = createResource(api.clients.list);
  const [artists] = createResource(api.artists.list);

  const clientName = (id: number) => clients()?.find((c) => c.id === id)?.name ?? "…";
  const artistName = (id: number) => artists()?.find((a) => a.id === id)?.name ?? "…";

  return (
    <section>
      <div class="mb-4 flex items-center justify-between">
        <h1 class="text-2xl font-bold">Appointments</h1>
        <A href="/appointments/new" class="rounded bg-red-600 px-3 py-1.5 text-sm font-semibold hover:bg-red-500">
          Book appointment
        </A>
      </div>
      <Show when={!appointments.error} fallback={<p class="text-red-400">Could not load appointments.</p>}>
        <Show when={appointments()} fallback={<p>Loading…</p>}>
          {(list) => (
            <div class="grid gap-3 md:grid-cols-2">
              <For each={list()}>
                {(appt) => (
                  <AppointmentCard
                    appointment={appt}
                    clientName={clientName(appt.client_id)}
                    artistName={artistName(appt.artist_id)}
                  />
                )}
              </For>
            </div>
          )}
        </Show>
      </Show>
    </section>
  );
}

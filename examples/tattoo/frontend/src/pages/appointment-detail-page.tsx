import { createResource, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { api } from "../api/client";
import { StatusBadge } from "../components/status-badge";
import { formatDateTime } from "../utils/datetime";
import { formatMoney } from "../utils/money";

export function AppointmentDetailPage() {
  const params = useParams();
  const [appointment] = createResource(() => params.id, api.appointments.get);
  const [client] = createResource(() => appointment()?.client_id, api.clients.get);
  const [artist] = createResource(() => appointment()?.artist_id, api.artists.get);

  return (
    <section>
      <A href="/" class="text-sm text-neutral-400 hover:underline">
        ← Appointments
      </A>
      <Show when={appointment()} fallback={<p class="mt-4">Loading…</p>}>
        {(appt) => (
          <div class="mt-4 space-y-3 rounded-lg border border-neutral-800 bg-neutral-900 p-6">
            <div class="flex items-center justify-between">
              <h1 class="text-2xl font-bold">{client()?.name ?? "…"}</h1>
              <StatusBadge status={appt().status} />
            </div>
            <dl class="grid grid-cols-2 gap-2 text-sm">
              <dt class="text-neutral-400">Artist</dt>
              <dd>{artist()?.name ?? "…"}</dd>
              <dt class="text-neutral-400">When</dt>
              <dd>{formatDateTime(appt().starts_at)}</dd>
              <dt class="text-neutral-400">Length</dt>
              <dd>{appt().hours} hours</dd>
              <dt class="text-neutral-400">Deposit</dt>
              <dd>{formatMoney(appt().deposit_cents)}</dd>
            </dl>
            <div>
              <h2 class="text-sm text-neutral-400">Design notes</h2>
              <p class="whitespace-pre-line">{appt().design_notes}</p>
            </div>
            <Show when={client()?.allergies}>
              <p class="rounded bg-amber-900/40 p-2 text-sm text-amber-200">Allergies: {client()?.allergies}</p>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}

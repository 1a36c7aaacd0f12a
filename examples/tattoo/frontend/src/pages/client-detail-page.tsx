import { createResource, For, Show } from "solid-js";
import { useParams } from "@solidjs/router";
import { api } from "../api/client";
import { StatusBadge } from "../components/status-badge";
import { formatDateTime } from "../utils/datetime";

export function ClientDetailPage() {
  const params = useParams();
  const [client] = createResource(() => params.id, api.clients.get);
  const [appointments] = createResource(api.appointments.list);

  const theirs = () => appointments()?.filter((a) => String(a.client_id) === params.id) ?? [];

  return (
    <Show when={client()} fallback={<p>Loading…</p>}>
      {(c) => (
        <section class="space-y-4">
          <div>
            <h1 class="text-2xl font-bold">{c().name}</h1>
            <p class="text-sm text-neutral-400">
              {c().phone}
              {c().email ? ` · ${c().email}` : ""}
            </p>
            <Show when={c().allergies}>
              <p class="mt-2 text-sm text-amber-300">Allergies: {c().allergies}</p>
            </Show>
          </div>
          <ul class="divide-y divide-neutral-800">
            <For each={theirs()} fallback={<li class="py-2 text-neutral-500">No appointments yet.</li>}>
              {(a) => (
                <li class="flex items-center justify-between py-2">
                  <span>{formatDateTime(a.starts_at)}</span>
                  <StatusBadge status={a.status} />
                </li>
              )}
            </For>
          </ul>
        </section>
      )}
    </Show>
  );
}

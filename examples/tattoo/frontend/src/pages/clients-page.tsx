import { createResource, For, Show } from "solid-js";
import { A } from "@solidjs/router";
import { api } from "../api/client";
import { formatDate } from "../utils/datetime";

export function ClientsPage() {
  const [clients] = createResource(api.clients.list);

  return (
    <section>
      <h1 class="mb-4 text-2xl font-bold">Clients</h1>
      <Show when={clients()} fallback={<p>Loading…</p>}>
        {(list) => (
          <table class="w-full text-left text-sm">
            <thead class="text-neutral-400">
              <tr>
                <th class="py-2">Name</th>
                <th class="py-2">Phone</th>
                <th class="py-2">Email</th>
                <th class="py-2">Since</th>
              </tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(client) => (
                  <tr class="border-t border-neutral-800">
                    <td class="py-2">
                      <A href={`/clients/${client.id}`} class="hover:underline">
                        {client.name}
                      </A>
                    </td>
                    <td class="py-2">{client.phone}</td>
                    <td class="py-2">{client.email ?? "—"}</td>
                    <td class="py-2">{formatDate(client.created_at)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

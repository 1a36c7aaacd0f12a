import { For, Show, createSignal, onMount } from "solid-js";
import { A } from "@solidjs/router";
import { fetchClients, type Client } from "../apiClients/clients";

export default function ClientsPage() {
  const [clients, setClients] = createSignal<Client[]>([]);
  const [loading, setLoading] = createSignal(true);
  const [search, setSearch] = createSignal("");

  onMount(async () => {
    setClients(await fetchClients());
    setLoading(false);
  });

  const filtered = () => {
    const q = search().toLowerCase();
    return clients().filter(
      (c) => c.name.toLowerCase().includes(q) || c.address.toLowerCase().includes(q),
    );
  };

  return (
    <div class="page">
      <h1 class="page-title">Clients</h1>
      <input
        type="search"
        placeholder="Search by name or address"
        value={search()}
        onInput={(e) => setSearch(e.currentTarget.value)}
        class="mb-4 w-full rounded border px-3 py-2"
      />
      <Show when={!loading()} fallback={<p class="muted">Loading…</p>}>
        <ul class="panel divide-y">
          <For each={filtered()} fallback={<li class="muted">No clients match.</li>}>
            {(client) => (
              <li class="flex items-center justify-between py-2">
                <div>
                  <A href={`/clients/${client.id}`} class="font-medium text-sky-800">
                    {client.name}
                  </A>
                  <div class="muted text-sm">{client.address}</div>
                </div>
                <a href={`tel:${client.phone}`} class="text-sm">
                  {client.phone}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

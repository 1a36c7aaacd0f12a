import { createResource, For, Show } from "solid-js";
import { api } from "../api/client";
import { formatMoney } from "../utils/money";

export function ArtistsPage() {
  const [artists] = createResource(api.artists.list);

  return (
    <section>
      <h1 class="mb-4 text-2xl font-bold">Artists</h1>
      <Show when={artists()} fallback={<p>Loading…</p>}>
        {(list) => (
          <ul class="divide-y divide-neutral-800">
            <For each={list()}>
              {(artist) => (
                <li class="flex items-center justify-between py-3" classList={{ "opacity-50": !artist.active }}>
                  <div>
                    <p class="font-semibold">{artist.name}</p>
                    <p class="text-sm text-neutral-400">
                      {artist.speciality}
                      {artist.instagram ? ` · @${artist.instagram}` : ""}
                    </p>
                  </div>
                  <span class="text-sm">{formatMoney(artist.hourly_rate_cents)}/h</span>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </section>
  );
}

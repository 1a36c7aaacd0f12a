import { For, Show } from "solid-js";
import { useData } from "../context/DataContext";

export default function CleanersPage() {
  const { cleaners } = useData();

  return (
    <div class="page">
      <h1 class="page-title">Cleaners</h1>
      <Show when={cleaners()} fallback={<p class="muted">Loading…</p>}>
        <table class="panel w-full text-left">
          <thead>
            <tr>
              <th>Name</th>
              <th>Hourly rate</th>
            </tr>
          </thead>
          <tbody>
            <For each={cleaners()}>
              {(cleaner) => (
                <tr>
                  <td>{cleaner.name}</td>
                  <td>£{(cleaner.hourly_rate_cents / 100).toFixed(2)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}

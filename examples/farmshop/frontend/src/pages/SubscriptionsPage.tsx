import { For, Show } from "solid-js";
import { useSubscriptions } from "../hooks/useSubscriptions";
import { formatDate } from "../lib/format";

export default function SubscriptionsPage() {
  const subscriptions = useSubscriptions();

  return (
    <section class="mx-auto max-w-5xl px-6 py-8">
      <h1 class="text-2xl font-bold">Subscriptions</h1>
      <Show when={!subscriptions.isPending} fallback={<p class="mt-6 text-gray-500">Loading…</p>}>
        <table class="mt-6 w-full text-left text-sm">
          <thead class="border-b text-gray-500">
            <tr>
              <th class="py-2">Customer</th>
              <th class="py-2">Box</th>
              <th class="py-2">Starts</th>
              <th class="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            <For each={subscriptions.data}>
              {(sub) => (
                <tr class="border-b">
                  <td class="py-2">{sub.customer_name}</td>
                  <td class="py-2">{sub.box_name}</td>
                  <td class="py-2">{formatDate(sub.starts_on)}</td>
                  <td class="py-2">{sub.active ? "Active" : "Paused"}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

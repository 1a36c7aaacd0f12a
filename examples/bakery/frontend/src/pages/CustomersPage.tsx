import { createSignal, For, onMount, Show } from "solid-js";
import { A } from "@solidjs/router";
import type { Customer } from "../interfaces";
import { getCustomers } from "../lib/customers-api";

export default function CustomersPage() {
  const [customers, setCustomers] = createSignal<Customer[]>([]);
  const [loading, setLoading] = createSignal(true);

  onMount(async () => {
    setCustomers(await getCustomers());
    setLoading(false);
  });

  return (
    <div>
      <h1 class="mb-4 text-2xl font-bold">Customers</h1>
      <Show when={!loading()} fallback={<p>Loading customers...</p>}>
        <table class="w-full bg-white text-left">
          <thead>
            <tr class="border-b">
              <th class="p-2">Name</th>
              <th class="p-2">Phone</th>
              <th class="p-2">Email</th>
              <th class="p-2">Customer since</th>
            </tr>
          </thead>
          <tbody>
            <For each={customers()}>
              {(customer) => (
                <tr class="border-b hover:bg-pink-50">
                  <td class="p-2">
                    <A href={`/customers/${customer.id}`} class="text-pink-700 underline">
                      {customer.name}
                    </A>
                  </td>
                  <td class="p-2">{customer.phone}</td>
                  <td class="p-2">{customer.email ?? "-"}</td>
                  <td class="p-2">{new Date(customer.created_at).toLocaleDateString()}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}

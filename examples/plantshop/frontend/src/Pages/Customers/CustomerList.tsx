import { A } from "@solidjs/router";
import { For, Show, onMount } from "solid-js";
import { customersStore, loadCustomers } from "../../stores/customers";

export default function CustomerList() {
  onMount(() => loadCustomers());

  return (
    <section>
      <h1 class="text-2xl font-bold mb-4">Customers</h1>
      <Show when={!customersStore.loading} fallback={<span class="loading loading-spinner" />}>
        <table class="table bg-base-100">
          <thead>
            <tr>
              <th>Name</th>
              <th>Phone</th>
              <th>Address</th>
            </tr>
          </thead>
          <tbody>
            <For each={customersStore.customers}>
              {(customer) => (
                <tr>
                  <td>
                    <A href={`/customers/${customer.id}`} class="link">
                      {customer.name}
                    </A>
                  </td>
                  <td>{customer.phone}</td>
                  <td>{customer.address}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

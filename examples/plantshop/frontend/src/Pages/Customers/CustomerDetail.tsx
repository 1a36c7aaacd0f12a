import { A, useParams } from "@solidjs/router";
import { For, Show, createEffect, onMount } from "solid-js";
import { customersStore, loadCustomer } from "../../stores/customers";
import { deliveriesStore, loadDeliveries } from "../../stores/deliveries";
import { formatDeliveryDay } from "../../utils/date-helpers";

export default function CustomerDetail() {
  const params = useParams();

  createEffect(() => loadCustomer(Number(params.id)));
  onMount(() => loadDeliveries());

  const theirDeliveries = () =>
    deliveriesStore.deliveries.filter((d) => d.customerId === Number(params.id));

  return (
    <Show when={customersStore.current} fallback={<span class="loading loading-spinner" />}>
      {(customer) => (
        <div class="space-y-4">
          <div class="card bg-base-100 shadow">
            <div class="card-body">
              <h1 class="card-title">{customer().name}</h1>
              <p>{customer().email}</p>
              <p>{customer().phone}</p>
              <p>{customer().address}</p>
            </div>
          </div>
          <h2 class="text-xl font-semibold">Deliveries</h2>
          <ul class="menu bg-base-100 rounded-box">
            <For each={theirDeliveries()} fallback={<li class="p-2">No deliveries yet</li>}>
              {(delivery) => (
                <li>
                  <span>
                    {formatDeliveryDay(delivery.deliveryDay)}
                    {delivery.delivered ? " (delivered)" : ""}
                  </span>
                </li>
              )}
            </For>
          </ul>
          <A href="/customers" class="btn btn-ghost btn-sm">
            Back to customers
          </A>
        </div>
      )}
    </Show>
  );
}

import { createSignal, For, onMount, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import StatusBadge from "../components/StatusBadge";
import type { Customer, Order } from "../interfaces";
import { getCustomer } from "../lib/customers-api";
import { getCustomerOrders } from "../lib/orders-api";

export default function CustomerDetailPage() {
  const params = useParams();
  const [customer, setCustomer] = createSignal<Customer | null>(null);
  const [orders, setOrders] = createSignal<Order[]>([]);

  onMount(async () => {
    const id = Number(params.id);
    const [c, o] = await Promise.all([getCustomer(id), getCustomerOrders(id)]);
    setCustomer(c);
    setOrders(o);
  });

  return (
    <Show when={customer()} fallback={<p>Loading customer...</p>}>
      {(c) => (
        <div class="space-y-4">
          <div>
            <h1 class="text-2xl font-bold">{c().name}</h1>
            <p class="text-gray-600">
              {c().phone}
              {c().email ? ` · ${c().email}` : ""}
            </p>
          </div>
          <h2 class="text-lg font-semibold">Orders</h2>
          <ul class="divide-y bg-white">
            <For each={orders()} fallback={<li class="p-2 text-gray-500">No orders yet.</li>}>
              {(order) => (
                <li class="flex items-center justify-between p-2">
                  <A href={`/orders/${order.id}`} class="underline">
                    Pickup {new Date(order.pickup_date).toLocaleDateString()}
                  </A>
                  <StatusBadge status={order.status} />
                </li>
              )}
            </For>
          </ul>
        </div>
      )}
    </Show>
  );
}

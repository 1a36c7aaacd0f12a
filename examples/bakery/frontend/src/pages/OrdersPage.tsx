import { createSignal, For, onMount, Show } from "solid-js";
import { A } from "@solidjs/router";
import StatusBadge from "../components/StatusBadge";
import type { Cake, Customer, Order } from "../interfaces";
import { getCakes } from "../lib/cakes-api";
import { getCustomers } from "../lib/customers-api";
import { getOrders } from "../lib/orders-api";

export default function OrdersPage() {
  const [orders, setOrders] = createSignal<Order[]>([]);
  const [customers, setCustomers] = createSignal<Customer[]>([]);
  const [cakes, setCakes] = createSignal<Cake[]>([]);
  const [loading, setLoading] = createSignal(true);

  onMount(async () => {
    const [o, c, k] = await Promise.all([getOrders(), getCustomers(), getCakes()]);
    setOrders(o);
    setCustomers(c);
    setCakes(k);
    setLoading(false);
  });

  const customerName = (id: number) => customers().find((c) => c.id === id)?.name ?? "Unknown";
  const cakeName = (id: number) => cakes().find((c) => c.id === id)?.name ?? "Unknown";

  return (
    <div>
      <div class="mb-4 flex items-center justify-between">
        <h1 class="text-2xl font-bold">Orders</h1>
        <A href="/orders/new" class="rounded bg-pink-500 px-3 py-1 text-white">
          New order
        </A>
      </div>
      <Show when={!loading()} fallback={<p>Loading orders...</p>}>
        <table class="w-full bg-white text-left">
          <thead>
            <tr class="border-b">
              <th class="p-2">Pickup</th>
              <th class="p-2">Customer</th>
              <th class="p-2">Cake</th>
              <th class="p-2">Deposit</th>
              <th class="p-2">Status</th>
            </tr>
          </thead>
          <tbody>
            <For each={orders()}>
              {(order) => (
                <tr class="border-b hover:bg-pink-50">
                  <td class="p-2">
                    <A href={`/orders/${order.id}`} class="underline">
                      {new Date(order.pickup_date).toLocaleDateString()}
                    </A>
                  </td>
                  <td class="p-2">{customerName(order.customer_id)}</td>
                  <td class="p-2">{cakeName(order.cake_id)}</td>
                  <td class="p-2" classList={{ "text-red-600": !order.deposit_paid }}>
                    {order.deposit_paid ? "Paid" : "Not paid"}
                  </td>
                  <td class="p-2">
                    <StatusBadge status={order.status} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}

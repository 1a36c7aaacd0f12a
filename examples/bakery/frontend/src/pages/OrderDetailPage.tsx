import { createSignal, onMount, Show } from "solid-js";
import { A, useParams } from "@solidjs/router";
import StatusBadge from "../components/StatusBadge";
import type { Cake, Customer, Order } from "../interfaces";
import { getCake } from "../lib/cakes-api";
import { getCustomer } from "../lib/customers-api";
import { getOrder } from "../lib/orders-api";

export default function OrderDetailPage() {
  const params = useParams();
  const [order, setOrder] = createSignal<Order | null>(null);
  const [customer, setCustomer] = createSignal<Customer | null>(null);
  const [cake, setCake] = createSignal<Cake | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  onMount(async () => {
    try {
      const o = await getOrder(Number(params.id));
      setOrder(o);
      const [c, k] = await Promise.all([getCustomer(o.customer_id), getCake(o.cake_id)]);
      setCustomer(c);
      setCake(k);
    } catch (err) {
      setError((err as Error).message);
    }
  });

  return (
    <div>
      <A href="/" class="text-sm text-pink-700 underline">
        &larr; All orders
      </A>
      <Show when={error()}>
        <p class="text-red-600">{error()}</p>
      </Show>
      <Show when={order()} fallback={<p>Loading order...</p>}>
        {(o) => (
          <div class="mt-4 space-y-2 rounded bg-white p-4">
            <div class="flex items-center justify-between">
              <h1 class="text-2xl font-bold">Order #{o().id}</h1>
              <StatusBadge status={o().status} />
            </div>
            <p>
              <span class="font-medium">Customer:</span> {customer()?.name}
            </p>
            <p>
              <span class="font-medium">Cake:</span> {cake()?.name}
              <Show when={cake()}>{(k) => <> (${(k().price_cents / 100).toFixed(2)})</>}</Show>
            </p>
            <p>
              <span class="font-medium">Pickup:</span> {new Date(o().pickup_date).toLocaleDateString()}
            </p>
            <p>
              <span class="font-medium">Message on the cake:</span> <em>{o().message || "none"}</em>
            </p>
            <p classList={{ "text-red-600": !o().deposit_paid, "text-green-700": o().deposit_paid }}>
              {o().deposit_paid ? "Deposit paid" : "Deposit not paid yet"}
            </p>
          </div>
        )}
      </Show>
    </div>
  );
}

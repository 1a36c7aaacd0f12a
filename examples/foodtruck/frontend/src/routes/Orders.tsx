import { A } from "@solidjs/router";
import { createResource, For } from "solid-js";
import { api } from "../api";

export default function Orders() {
  const [orders] = createResource(api.orders.list);

  return (
    <div>
      <h1 class="mb-3 text-2xl font-bold">Today's orders</h1>
      <For each={orders()} fallback={<p>No orders yet.</p>}>
        {(order) => (
          <A href={`/orders/${order.id}`} class="block border-b py-2">
            #{order.code} — {order.customer_name} — ${order.total.toFixed(2)}{" "}
            <span
              classList={{
                "text-green-700": order.status === "ready",
                "text-orange-600": order.status === "cooking",
                "text-gray-500": order.status === "picked_up" || order.status === "cancelled",
              }}
            >
              {order.status}
            </span>
          </A>
        )}
      </For>
    </div>
  );
}

import { createResource, For, Show } from "solid-js";
import { getOrders } from "../api/orders";
import { OrderRow } from "../components/order-row";

export function OrdersPage() {
  const [orders] = createResource(getOrders);

  return (
    <div class="panel">
      <div class="panel-title">Orders</div>
      <Show when={!orders.loading} fallback={<p class="muted">Loading…</p>}>
        <table class="data-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Service</th>
              <th>Weight</th>
              <th>Total</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={orders()}>{(order) => <OrderRow order={order} />}</For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}

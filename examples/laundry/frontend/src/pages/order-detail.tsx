import { useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { getCustomer } from "../api/customers";
import { getOrder, updateOrder, type OrderStatus } from "../api/orders";
import { CustomerCard } from "../components/customer-card";
import { StatusPill } from "../components/status-pill";

const nextStatus: Partial<Record<OrderStatus, OrderStatus>> = {
  received: "washing",
  washing: "drying",
  drying: "ready",
  ready: "delivered",
};

export function OrderDetailPage() {
  const params = useParams();
  const [order, { mutate }] = createResource(() => params.id, getOrder);
  const [customer] = createResource(() => order()?.customer_id, getCustomer);

  async function advance() {
    const current = order();
    const next = current && nextStatus[current.status];
    if (!current || !next) return;
    mutate(await updateOrder(current.id, { status: next }));
  }

  return (
    <Show when={order()} fallback={<p class="muted">Loading order…</p>}>
      {(o) => (
        <div class="grid gap-4 md:grid-cols-2">
          <div class="panel">
            <div class="panel-title">Order #{o().id}</div>
            <p>
              <StatusPill status={o().status} />
            </p>
            <p>
              {o().weight_kg.toFixed(1)} kg · €{o().total.toFixed(2)}
              {o().express ? " · express" : ""}
            </p>
            <p class="muted">Received {new Date(o().created_at).toLocaleString()}</p>
            <Show when={nextStatus[o().status]}>
              <button class="btn-primary-old mt-3" onClick={advance}>
                Mark as {nextStatus[o().status]}
              </button>
            </Show>
          </div>
          <Show when={customer()}>{(c) => <CustomerCard customer={c()} />}</Show>
        </div>
      )}
    </Show>
  );
}

import { useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { api } from "../api";

export default function OrderStatusPage() {
  const params = useParams();
  const [order] = createResource(() => params.id, api.orders.get);

  return (
    <Show when={order()} fallback={<p>Loading order…</p>}>
      {(o) => (
        <div style={{ "text-align": "center", padding: "24px" }}>
          <p style={{ "font-size": "3rem", "font-weight": 800 }}>#{o().code}</p>
          <p>
            Status: <strong>{o().status}</strong>
          </p>
          <ul class="mt-4 text-left">
            <For each={o().lines}>
              {(l) => (
                <li>
                  {l.quantity} × {l.name}
                </li>
              )}
            </For>
          </ul>
        </div>
      )}
    </Show>
  );
}

import { For, Show, onMount } from "solid-js";
import { deliveriesStore, loadDeliveries, setDelivered } from "../../stores/deliveries";
import { formatDeliveryDay } from "../../utils/date-helpers";

export default function DeliveryList() {
  onMount(() => loadDeliveries());

  return (
    <section>
      <h1 class="text-2xl font-bold mb-4">Van deliveries</h1>
      <Show when={deliveriesStore.error}>
        <div class="alert alert-error mb-4">{deliveriesStore.error}</div>
      </Show>
      <table class="table bg-base-100">
        <thead>
          <tr>
            <th>Day</th>
            <th>Customer</th>
            <th>Address</th>
            <th>Plants</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={deliveriesStore.deliveries}>
            {(delivery) => (
              <tr>
                <td>{formatDeliveryDay(delivery.deliveryDay)}</td>
                <td>{delivery.customerName}</td>
                <td>{delivery.address}</td>
                <td>{delivery.items.reduce((sum, item) => sum + item.quantity, 0)}</td>
                <td>
                  <Show
                    when={!delivery.delivered}
                    fallback={<span class="badge badge-success">Delivered</span>}
                  >
                    <button class="btn btn-xs btn-outline" onClick={() => setDelivered(delivery.id)}>
                      Mark delivered
                    </button>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

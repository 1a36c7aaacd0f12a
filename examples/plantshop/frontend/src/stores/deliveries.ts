import { createStore } from "solid-js/store";
import type { Delivery, DeliveryInput } from "../models/Delivery";
import { createDelivery, fetchDeliveries, fetchDelivery, markDelivered } from "../services/api";

interface DeliveriesState {
  deliveries: Delivery[];
  current: Delivery | null;
  loading: boolean;
  error: string | null;
}

const [deliveriesStore, setDeliveriesStore] = createStore<DeliveriesState>({
  deliveries: [],
  current: null,
  loading: false,
  error: null,
});

export { deliveriesStore };

export async function loadDeliveries() {
  setDeliveriesStore({ loading: true, error: null });
  try {
    const deliveries = await fetchDeliveries();
    setDeliveriesStore({ deliveries, loading: false });
  } catch (err) {
    setDeliveriesStore({ loading: false, error: "Could not load deliveries" });
    console.error(err);
  }
}

export async function loadDelivery(id: number) {
  setDeliveriesStore({ loading: true, error: null, current: null });
  try {
    const delivery = await fetchDelivery(id);
    setDeliveriesStore({ current: delivery, loading: false });
  } catch (err) {
    setDeliveriesStore({ loading: false, error: "Could not load this delivery" });
    console.error(err);
  }
}

export async function addDelivery(input: DeliveryInput) {
  const delivery = await createDelivery(input);
  setDeliveriesStore("deliveries", (deliveries) => [...deliveries, delivery]);
  return delivery;
}

export async function setDelivered(id: number) {
  const delivery = await markDelivered(id);
  setDeliveriesStore("deliveries", (d) => d.id === id, delivery);
  if (deliveriesStore.current?.id === id) {
    setDeliveriesStore("current", delivery);
  }
  return delivery;
}

import { createSignal, For, onMount } from "solid-js";
import { useNavigate, useSearchParams } from "@solidjs/router";
import type { Cake, Customer } from "../interfaces";
import { getCakes } from "../lib/cakes-api";
import { getCustomers } from "../lib/customers-api";
import { createOrder } from "../lib/orders-api";

export default function NewOrderPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [customers, setCustomers] = createSignal<Customer[]>([]);
  const [cakes, setCakes] = createSignal<Cake[]>([]);

  const [customerId, setCustomerId] = createSignal("");
  const [cakeId, setCakeId] = createSignal(typeof searchParams.cake === "string" ? searchParams.cake : "");
  const [pickupDate, setPickupDate] = createSignal("");
  const [message, setMessage] = createSignal("");
  const [depositPaid, setDepositPaid] = createSignal(false);
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  onMount(async () => {
    const [c, k] = await Promise.all([getCustomers(), getCakes()]);
    setCustomers(c);
    setCakes(k);
  });

  const handleSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!customerId() || !cakeId() || !pickupDate()) {
      setError("Customer, cake and pickup date are required.");
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const order = await createOrder({
        customer_id: Number(customerId()),
        cake_id: Number(cakeId()),
        pickup_date: pickupDate(),
        message: message(),
        deposit_paid: depositPaid(),
      });
      navigate(`/orders/${order.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={handleSubmit} class="mx-auto max-w-md space-y-3 rounded bg-white p-4">
      <h1 class="text-2xl font-bold">New cake order</h1>
      <label class="block">
        <span class="text-sm">Customer</span>
        <select
          class="mt-1 w-full rounded border p-2"
          value={customerId()}
          onChange={(e) => setCustomerId(e.currentTarget.value)}
        >
          <option value="">Choose a customer</option>
          <For each={customers()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </select>
      </label>
      <label class="block">
        <span class="text-sm">Cake</span>
        <select
          class="mt-1 w-full rounded border p-2"
          value={cakeId()}
          onChange={(e) => setCakeId(e.currentTarget.value)}
        >
          <option value="">Choose a cake</option>
          <For each={cakes()}>
            {(k) => (
              <option value={k.id}>
                {k.name} (${(k.price_cents / 100).toFixed(2)})
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="block">
        <span class="text-sm">Pickup date</span>
        <input
          type="date"
          class="mt-1 w-full rounded border p-2"
          value={pickupDate()}
          onInput={(e) => setPickupDate(e.currentTarget.value)}
        />
      </label>
      <label class="block">
        <span class="text-sm">Message on the cake</span>
        <input
          type="text"
          class="mt-1 w-full rounded border p-2"
          value={message()}
          onInput={(e) => setMessage(e.currentTarget.value)}
        />
      </label>
      <label class="flex items-center gap-2">
        <input
          type="checkbox"
          checked={depositPaid()}
          onChange={(e) => setDepositPaid(e.currentTarget.checked)}
        />
        <span class="text-sm">Deposit paid</span>
      </label>
      {error() && <p class="text-sm text-red-600">{error()}</p>}
      <button
        type="submit"
        class="w-full rounded bg-pink-500 px-3 py-2 text-white"
        classList={{ "opacity-50": saving() }}
        disabled={saving()}
      >
        {saving() ? "Saving..." : "Save order"}
      </button>
    </form>
  );
}

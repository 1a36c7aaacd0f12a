import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, For } from "solid-js";
import { getCustomers } from "../api/customers";
import { createOrder, type ServiceKind } from "../api/orders";

export function NewOrderPage() {
  const navigate = useNavigate();
  const [customers] = createResource(getCustomers);
  const [customerId, setCustomerId] = createSignal<number | null>(null);
  const [service, setService] = createSignal<ServiceKind>("wash_fold");
  const [weight, setWeight] = createSignal(5);
  const [express, setExpress] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const id = customerId();
    if (id === null) {
      setError("Pick a customer");
      return;
    }
    try {
      const order = await createOrder({
        customer_id: id,
        service: service(),
        weight_kg: weight(),
        express: express(),
      });
      navigate(`/orders/${order.id}`);
    } catch (err) {
      setError(String(err));
    }
  }

  return (
    <form class="panel space-y-3" onSubmit={submit}>
      <div class="panel-title">New order</div>
      <select
        class="select select-bordered w-full"
        onChange={(e) => setCustomerId(Number(e.currentTarget.value))}
      >
        <option value="">Customer…</option>
        <For each={customers()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
      </select>
      <select
        class="select select-bordered w-full"
        value={service()}
        onChange={(e) => setService(e.currentTarget.value as ServiceKind)}
      >
        <option value="wash_fold">Wash &amp; fold</option>
        <option value="dry_clean">Dry cleaning</option>
        <option value="ironing">Ironing</option>
      </select>
      <input
        class="input input-bordered w-full"
        type="number"
        step="0.5"
        min="0"
        value={weight()}
        onInput={(e) => setWeight(e.currentTarget.valueAsNumber)}
      />
      <label class="flex items-center gap-2">
        <input type="checkbox" checked={express()} onChange={(e) => setExpress(e.currentTarget.checked)} />
        Express (same day)
      </label>
      {error() && <p class="text-error">{error()}</p>}
      <button type="submit" class="btn-primary-old">
        Create order
      </button>
    </form>
  );
}

import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { api } from "../api";
import { cart, cartTotal, clearCart, removeFromCart, setCustomerName } from "../stores/cart";

export default function Cart() {
  const navigate = useNavigate();
  const [location] = createResource(api.locations.today);
  const [sending, setSending] = createSignal(false);

  async function placeOrder(e: SubmitEvent) {
    e.preventDefault();
    const loc = location();
    if (!loc) return;
    setSending(true);
    try {
      const order = await api.orders.create({
        customer_name: cart.customerName,
        location_id: loc.id,
        lines: cart.lines.map((l) => ({ menu_item_id: l.item.id, quantity: l.quantity })),
      });
      clearCart();
      navigate(`/orders/${order.id}`);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={placeOrder} class="space-y-4">
      <h1 class="text-2xl font-bold">Your order</h1>
      <Show when={cart.lines.length > 0} fallback={<p>Your cart is empty.</p>}>
        <ul>
          <For each={cart.lines}>
            {(line) => (
              <li class="flex justify-between border-b py-2">
                <span>
                  {line.quantity} × {line.item.name}
                </span>
                <span>
                  ${(line.item.price * line.quantity).toFixed(2)}{" "}
                  <button type="button" class="text-red-600" onClick={() => removeFromCart(line.item.id)}>
                    remove
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
        <p class="text-right font-bold">Total: ${cartTotal().toFixed(2)}</p>
        <input
          class="w-full rounded border p-2"
          placeholder="Name for the order"
          value={cart.customerName}
          onInput={(e) => setCustomerName(e.currentTarget.value)}
          required
        />
        <button type="submit" disabled={sending() || !location()} class="rounded bg-orange-600 px-4 py-2 text-white">
          {sending() ? "Sending…" : "Place order"}
        </button>
      </Show>
    </form>
  );
}

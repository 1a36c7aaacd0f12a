import { createStore, produce } from "solid-js/store";
import type { MenuItem } from "../models/MenuItem";

export interface CartLine {
  item: MenuItem;
  quantity: number;
}

const [cart, setCart] = createStore<{ lines: CartLine[]; customerName: string }>({
  lines: [],
  customerName: "",
});

export { cart };

export function addToCart(item: MenuItem) {
  setCart(
    produce((state) => {
      const line = state.lines.find((l) => l.item.id === item.id);
      if (line) line.quantity += 1;
      else state.lines.push({ item, quantity: 1 });
    }),
  );
}

export function removeFromCart(itemId: number) {
  setCart("lines", (lines) => lines.filter((l) => l.item.id !== itemId));
}

export function setCustomerName(name: string) {
  setCart("customerName", name);
}

export function clearCart() {
  setCart({ lines: [], customerName: "" });
}

export function cartCount(): number {
  return cart.lines.reduce((n, l) => n + l.quantity, 0);
}

export function cartTotal(): number {
  return cart.lines.reduce((sum, l) => sum + l.item.price * l.quantity, 0);
}

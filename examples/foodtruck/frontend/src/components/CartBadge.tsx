import { A } from "@solidjs/router";
import { cartCount } from "../stores/cart";

export default function CartBadge() {
  return (
    <A href="/cart" class="relative">
      Cart
      <span
        class="ml-1 rounded-full px-2 text-sm"
        classList={{ "bg-white text-orange-700": cartCount() > 0, "bg-orange-800": cartCount() === 0 }}
      >
        {cartCount()}
      </span>
    </A>
  );
}

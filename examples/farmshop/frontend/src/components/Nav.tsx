import { A } from "@solidjs/router";

export default function Nav() {
  return (
    <nav class="flex items-center gap-6 border-b border-green-800 bg-green-700 px-6 py-3 text-white">
      <A href="/" class="text-lg font-semibold">
        Hollow Lane Farm
      </A>
      <A href="/products" class="hover:underline" activeClass="underline">
        Products
      </A>
      <A href="/subscriptions" class="hover:underline" activeClass="underline">
        Subscriptions
      </A>
    </nav>
  );
}

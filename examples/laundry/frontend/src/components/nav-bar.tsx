import { A } from "@solidjs/router";

export function NavBar() {
  return (
    <nav class="navbar bg-primary text-primary-content">
      <A href="/" class="btn btn-ghost text-lg">
        FreshFold
      </A>
      <A href="/orders/new" class="btn btn-ghost btn-sm">
        New order
      </A>
    </nav>
  );
}

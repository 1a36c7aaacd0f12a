import { A } from "@solidjs/router";

export default function NavBar() {
  return (
    <div class="navbar bg-primary text-primary-content">
      <div class="flex-1">
        <A href="/" class="btn btn-ghost text-xl">
          Leaf &amp; Pot
        </A>
      </div>
      <ul class="menu menu-horizontal px-1">
        <li>
          <A href="/plants">Plants</A>
        </li>
        <li>
          <A href="/customers">Customers</A>
        </li>
        <li>
          <A href="/deliveries">Deliveries</A>
        </li>
      </ul>
    </div>
  );
}

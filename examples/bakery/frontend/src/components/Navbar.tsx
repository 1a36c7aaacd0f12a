import { A } from "@solidjs/router";

export default function Navbar() {
  return (
    <nav class="navbar bg-base-100 shadow">
      <div class="flex-1">
        <A href="/" class="btn btn-ghost text-xl">
          Crumb &amp; Co.
        </A>
      </div>
      <ul class="menu menu-horizontal gap-1">
        <li>
          <A href="/" end activeClass="active">
            Orders
          </A>
        </li>
        <li>
          <A href="/cakes" activeClass="active">
            Cakes
          </A>
        </li>
        <li>
          <A href="/customers" activeClass="active">
            Customers
          </A>
        </li>
      </ul>
    </nav>
  );
}

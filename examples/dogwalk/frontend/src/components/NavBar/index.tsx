import { A } from "@solidjs/router";

export default function NavBar() {
  return (
    <div class="navbar bg-base-200">
      <A href="/" class="btn btn-ghost text-xl">
        Happy Paws
      </A>
      <ul class="menu menu-horizontal px-1">
        <li>
          <A href="/walks">Walks</A>
        </li>
      </ul>
    </div>
  );
}

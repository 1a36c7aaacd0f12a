import type { ParentProps } from "solid-js";
import { A } from "@solidjs/router";

export default function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen">
      <div class="navbar bg-primary text-primary-content">
        <A href="/" class="btn btn-ghost text-xl">
          {app}
        </A>
      </div>
      <main class="container mx-auto p-6">{props.children}</main>
    </div>
  );
}

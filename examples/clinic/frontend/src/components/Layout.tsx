import type { ParentProps } from "solid-js";
import { A } from "@solidjs/router";

export default function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen">
      <div class="navbar bg-primary text-primary-content">
        <A href="/" class="btn btn-ghost text-xl">
          Paws &amp; Claws Clinic
        </A>
        <A href="/owners" class="btn btn-ghost">
          Owners
        </A>
        <A href="/owners/new" class="btn btn-ghost">
          New owner
        </A>
      </div>
      {props.children}
    </div>
  );
}

import { A } from "@solidjs/router";
import type { ParentProps } from "solid-js";

export default function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen bg-base-200">
      <header class="navbar bg-base-100 shadow">
        <A href="/" class="btn btn-ghost text-xl">
          Lotus Yoga
        </A>
        <nav class="flex gap-2">
          <A href="/classes" class="btn btn-ghost btn-sm">
            Classes
          </A>
          <A href="/teachers" class="btn btn-ghost btn-sm">
            Teachers
          </A>
        </nav>
      </header>
      <main class="mx-auto max-w-5xl p-6">{props.children}</main>
    </div>
  );
}

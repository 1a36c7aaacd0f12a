import type { ParentProps } from "solid-js";
import { A } from "@solidjs/router";

export function Layout(props: ParentProps) {
  return (
    <div class="min-h-screen bg-neutral-950 text-neutral-100">
      <header class="border-b border-neutral-800">
        <nav class="mx-auto flex max-w-5xl items-center gap-6 p-4">
          <A href="/" class="text-lg font-black uppercase tracking-widest">
            Black Anchor
          </A>
          <A href="/" end activeClass="text-red-400" class="hover:text-red-300">
            Appointments
          </A>
          <A href="/artists" activeClass="text-red-400" class="hover:text-red-300">
            Artists
          </A>
          <A href="/clients" activeClass="text-red-400" class="hover:text-red-300">
            Clients
          </A>
        </nav>
      </header>
      <main class="mx-auto max-w-5xl p-4">{props.children}</main>
    </div>
  );
}

import { A } from "@solidjs/router";

export default function Nav() {
  return (
    <header class="border-b bg-sky-800 text-white">
      <nav class="mx-auto flex max-w-5xl items-center gap-6 px-6 py-3">
        <A href="/" class="font-semibold" end>
          Sparkle &amp; Sons
        </A>
        <A href="/clients" activeClass="underline">
          Clients
        </A>
      </nav>
    </header>
  );
}

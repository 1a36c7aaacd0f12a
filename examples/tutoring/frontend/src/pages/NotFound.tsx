import { A } from "@solidjs/router";

export default function NotFound() {
  return (
    <div class="py-12 text-center">
      <p class="text-xl">We couldn't find that page.</p>
      <A href="/" class="text-indigo-600 underline">
        Back home
      </A>
    </div>
  );
}

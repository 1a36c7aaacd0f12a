import { A } from "@solidjs/router";

export function NotFoundPage() {
  return (
    <div class="py-20 text-center">
      <h1 class="text-3xl font-black">Nothing here</h1>
      <A href="/" class="mt-4 inline-block text-red-400 underline">
        Back to the appointment book
      </A>
    </div>
  );
}

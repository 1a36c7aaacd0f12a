import { A } from "@solidjs/router";

export default function NotFoundPage() {
  return (
    <div class="py-16 text-center">
      <h1 class="text-2xl font-bold">Page not found</h1>
      <A href="/" class="mt-4 inline-block text-pink-600 underline">
        Back to orders
      </A>
    </div>
  );
}

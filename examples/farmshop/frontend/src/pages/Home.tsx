import { A } from "@solidjs/router";

export default function Home() {
  return (
    <section class="mx-auto max-w-3xl px-6 py-10">
      <h1 class="text-3xl font-bold text-green-900">Hollow Lane Farm Shop</h1>
      <p class="mt-3 text-gray-700">
        Veg boxes packed every Friday morning and delivered on Saturday.
      </p>
      <div class="mt-6 flex gap-4">
        <A href="/products" class="rounded bg-green-700 px-4 py-2 text-white hover:bg-green-800">
          What's in the shop
        </A>
      </div>
    </section>
  );
}

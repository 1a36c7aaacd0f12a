export default function NotFound() {
  return (
    <section class="mx-auto max-w-3xl px-6 py-10">
      <h1 class="text-2xl font-bold">Not found</h1>
      <p class="mt-2 text-gray-600">That page isn't on the farm.</p>
    </section>
  );
}

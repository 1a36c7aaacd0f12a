import { For, Match, Switch, createSignal } from "solid-js";
import { useProducts } from "../hooks/useProducts";
import ProductCard from "../components/ProductCard";

export default function ProductsPage() {
  const products = useProducts();
  const [seasonalOnly, setSeasonalOnly] = createSignal(false);

  const shown = () =>
    (products.data ?? []).filter((p) => !seasonalOnly() || p.in_season);

  return (
    <section class="mx-auto max-w-5xl px-6 py-8">
      <div class="flex items-center justify-between">
        <h1 class="text-2xl font-bold">Products</h1>
        <label class="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={seasonalOnly()}
            onChange={(e) => setSeasonalOnly(e.currentTarget.checked)}
          />
          In season only
        </label>
      </div>
      <Switch>
        <Match when={products.isPending}>
          <p class="mt-6 text-gray-500">Loading…</p>
        </Match>
        <Match when={products.isError}>
          <p class="mt-6 text-red-600">{products.error?.message}</p>
        </Match>
        <Match when={products.isSuccess}>
          <div class="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <For each={shown()}>{(product) => <ProductCard product={product} />}</For>
          </div>
        </Match>
      </Switch>
    </section>
  );
}

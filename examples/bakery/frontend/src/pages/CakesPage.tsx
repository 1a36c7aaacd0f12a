import { createSignal, For, onMount, Show } from "solid-js";
import { useNavigate } from "@solidjs/router";
import CakeCard from "../components/CakeCard";
import type { Cake } from "../interfaces";
import { getCakes } from "../lib/cakes-api";

export default function CakesPage() {
  const navigate = useNavigate();
  const [cakes, setCakes] = createSignal<Cake[]>([]);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<string | null>(null);

  onMount(async () => {
    try {
      setCakes(await getCakes());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  });

  return (
    <div>
      <h1 class="mb-4 text-2xl font-bold">Our cakes</h1>
      <Show when={error()}>
        <p class="text-red-600">{error()}</p>
      </Show>
      <Show when={!loading()} fallback={<p>Loading cakes...</p>}>
        <div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <For each={cakes()}>
            {(cake) => <CakeCard cake={cake} onOrder={(c) => navigate(`/orders/new?cake=${c.id}`)} />}
          </For>
        </div>
      </Show>
    </div>
  );
}

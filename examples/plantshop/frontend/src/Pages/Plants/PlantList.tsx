import { A } from "@solidjs/router";
import { For, Show, onMount } from "solid-js";
import { loadPlants, plantsStore } from "../../stores/plants";
import { formatCurrency } from "../../utils/formatCurrency";

export default function PlantList() {
  onMount(() => loadPlants());

  return (
    <section>
      <div class="flex items-center justify-between mb-4">
        <h1 class="text-2xl font-bold">Plants</h1>
        <A href="/plants/new" class="btn btn-primary btn-sm">
          Add plant
        </A>
      </div>
      <Show when={plantsStore.error}>
        <div class="alert alert-error mb-4">{plantsStore.error}</div>
      </Show>
      <Show when={!plantsStore.loading} fallback={<span class="loading loading-spinner" />}>
        <table class="table bg-base-100">
          <thead>
            <tr>
              <th>Name</th>
              <th>Species</th>
              <th>Pot</th>
              <th class="text-right">Price</th>
              <th class="text-right">Stock</th>
            </tr>
          </thead>
          <tbody>
            <For each={plantsStore.plants}>
              {(plant) => (
                <tr class="hover">
                  <td>
                    <A href={`/plants/${plant.id}`} class="link">
                      {plant.name}
                    </A>
                  </td>
                  <td class="italic">{plant.species}</td>
                  <td>{plant.potSize}</td>
                  <td class="text-right">{formatCurrency(plant.priceCents)}</td>
                  <td class="text-right">{plant.stock}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

import { createResource, For, Show } from "solid-js";
import { listPlants, money } from "../api";

export default function PlantList() {
  const [plants] = createResource(listPlants);

  return (
    <div class="card bg-base-100 shadow">
      <div class="card-body">
        <h2 class="card-title">Plants</h2>
        <Show when={!plants.loading} fallback={<span class="loading loading-spinner" />}>
          <Show when={!plants.error} fallback={<div class="alert alert-error">{String(plants.error)}</div>}>
            <table class="table">
              <thead>
                <tr>
                  <th>Plant</th>
                  <th class="text-right">Price</th>
                  <th class="text-right">In stock</th>
                </tr>
              </thead>
              <tbody>
                <For each={plants()} fallback={<tr><td colspan="3">Nothing in the catalogue yet.</td></tr>}>
                  {(plant) => (
                    <tr>
                      <td>
                        <div class="font-medium">{plant.common_name}</div>
                        <div class="text-sm italic opacity-70">{plant.latin_name ?? ""}</div>
                      </td>
                      <td class="text-right">{money(plant.price_cents)}</td>
                      <td class="text-right">
                        <span class="badge" classList={{ "badge-warning": plant.stock < 5 }}>
                          {plant.stock}
                        </span>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
      </div>
    </div>
  );
}

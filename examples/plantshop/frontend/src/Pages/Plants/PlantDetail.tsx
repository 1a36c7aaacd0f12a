import { A, useParams } from "@solidjs/router";
import { Show, createEffect } from "solid-js";
import { loadPlant, plantsStore } from "../../stores/plants";
import { formatCurrency } from "../../utils/formatCurrency";

export default function PlantDetail() {
  const params = useParams();

  createEffect(() => loadPlant(Number(params.id)));

  return (
    <Show when={plantsStore.current} fallback={<span class="loading loading-spinner" />}>
      {(plant) => (
        <div class="card bg-base-100 shadow max-w-lg">
          <div class="card-body">
            <h1 class="card-title">{plant().name}</h1>
            <p class="italic">{plant().species}</p>
            <p>Pot size: {plant().potSize}</p>
            <p>Price: {formatCurrency(plant().priceCents)}</p>
            <p>In stock: {plant().stock}</p>
            <div class="card-actions justify-end">
              <A href="/plants" class="btn btn-ghost btn-sm">
                Back to plants
              </A>
            </div>
          </div>
        </div>
      )}
    </Show>
  );
}

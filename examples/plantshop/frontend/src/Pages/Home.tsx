import { For, onMount } from "solid-js";
import PlantCard from "../components/PlantCard";
import { loadPlants, plantsStore } from "../stores/plants";

export default function Home() {
  onMount(() => {
    if (plantsStore.plants.length === 0) loadPlants();
  });

  return (
    <section>
      <h1 class="text-2xl font-bold mb-4">In the greenhouse</h1>
      <div class="grid grid-cols-1 sm:grid-cols-2 lg:grid-cols-4 gap-4">
        <For each={plantsStore.plants}>{(plant) => <PlantCard plant={plant} />}</For>
      </div>
    </section>
  );
}

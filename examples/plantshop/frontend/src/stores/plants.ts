import { createStore } from "solid-js/store";
import type { Plant, PlantInput } from "../models/Plant";
import { createPlant, fetchPlant, fetchPlants, updatePlant } from "../services/api";

interface PlantsState {
  plants: Plant[];
  current: Plant | null;
  loading: boolean;
  error: string | null;
}

const [plantsStore, setPlantsStore] = createStore<PlantsState>({
  plants: [],
  current: null,
  loading: false,
  error: null,
});

export { plantsStore };

export async function loadPlants() {
  setPlantsStore({ loading: true, error: null });
  try {
    const plants = await fetchPlants();
    setPlantsStore({ plants, loading: false });
  } catch (err) {
    setPlantsStore({ loading: false, error: "Could not load plants" });
    console.error(err);
  }
}

export async function loadPlant(id: number) {
  setPlantsStore({ loading: true, error: null, current: null });
  try {
    const plant = await fetchPlant(id);
    setPlantsStore({ current: plant, loading: false });
  } catch (err) {
    setPlantsStore({ loading: false, error: "Could not load this plant" });
    console.error(err);
  }
}

export async function addPlant(input: PlantInput) {
  const plant = await createPlant(input);
  setPlantsStore("plants", (plants) => [...plants, plant]);
  return plant;
}

export async function savePlant(id: number, input: PlantInput) {
  const plant = await updatePlant(id, input);
  setPlantsStore("plants", (p) => p.id === id, plant);
  if (plantsStore.current?.id === id) {
    setPlantsStore("current", plant);
  }
  return plant;
}

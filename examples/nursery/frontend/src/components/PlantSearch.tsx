import { createSignal, For, Show } from "solid-js";
import { searchPlants } from "../api";
import type { Plant } from "../types";

// Search the catalogue by common or Latin name. Not styled yet.
export default function PlantSearch() {
  const [term, setTerm] = createSignal("");
  const [results, setResults] = createSignal<Plant[] | null>(null);

  const search = async (event: SubmitEvent) => {
    event.preventDefault();
    setResults(await searchPlants(term()));
  };

  return (
    <form onSubmit={search}>
      <input placeholder="fern, lavandula..." value={term()} onInput={(e) => setTerm(e.currentTarget.value)} />
      <button type="submit">Search</button>
      <Show when={results()}>
        {(found) => (
          <ul>
            <For each={found()} fallback={<li>No plant by that name.</li>}>
              {(plant) => <li>{plant.common_name}</li>}
            </For>
          </ul>
        )}
      </Show>
    </form>
  );
}

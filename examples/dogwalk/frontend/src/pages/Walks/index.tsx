import { createResource, For, Show } from "solid-js";
import WalkCard from "../../components/WalkCard";
import { walkService } from "../../services/walkService";

export default function Walks() {
  const [walks] = createResource(walkService.getAll);

  return (
    <div>
      <h1 class="text-2xl font-bold mb-4">Walks</h1>
      <Show when={!walks.loading} fallback={<span class="loading loading-spinner" />}>
        <Show when={walks.error}>
          <div class="alert alert-error">Could not load the walks.</div>
        </Show>
        <div class="grid gap-4 md:grid-cols-2">
          <For each={walks()} fallback={<p>No walks booked.</p>}>
            {(walk) => <WalkCard walk={walk} />}
          </For>
        </div>
      </Show>
    </div>
  );
}

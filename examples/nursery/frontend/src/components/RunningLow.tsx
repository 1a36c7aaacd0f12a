import { createResource, For } from "solid-js";
import { listRunningLow } from "../api";

// Plants with fewer than 5 left, so we know what to reorder. Not styled yet.
export default function RunningLow() {
  const [plants, { refetch }] = createResource(() => listRunningLow(5));

  return (
    <div>
      <h2>Running low</h2>
      <button onClick={() => refetch()}>Refresh</button>
      <ul>
        <For each={plants()} fallback={<li>Nothing is running low.</li>}>
          {(plant) => (
            <li>
              {plant.common_name}: <strong>{plant.stock}</strong> left
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

import { createResource, For } from "solid-js";
import { api } from "../api";

const dayNames = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

export default function Locations() {
  const [locations] = createResource(api.locations.list);

  return (
    <div>
      <h1 class="mb-3 text-2xl font-bold">Find the truck</h1>
      <For each={locations()}>
        {(loc) => (
          <div style={{ padding: "8px 0", "border-bottom": "1px dashed #999" }}>
            <strong>{dayNames[loc.weekday]}</strong>: {loc.name}, {loc.address} ({loc.opens_at}–{loc.closes_at})
          </div>
        )}
      </For>
    </div>
  );
}

import { Link } from "solid-app-router";
import { For, Show } from "solid-js";
import { useStylists } from "../hooks/useStylists";

export default function Stylists() {
  const [stylists] = useStylists();

  return (
    <div>
      <h1 style={{ "font-size": "24px", "margin-bottom": "12px" }}>Stylists</h1>
      <Show when={stylists()} fallback={<p>Loading...</p>}>
        <ul>
          <For each={stylists()}>
            {(s) => (
              <li style={{ padding: "6px 0", opacity: s.active ? 1 : 0.5 }}>
                <Link href={`/stylists/${s.id}`}>{s.name}</Link> — {s.phone}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

import { createMemo, createResource, createSignal, For } from "solid-js";
import MenuItemCard from "../components/MenuItemCard";
import { api } from "../api";
import type { MenuCategory } from "../models/MenuItem";

const categories: MenuCategory[] = ["tacos", "burritos", "sides", "drinks", "desserts"];

export default function Menu() {
  const [items] = createResource(api.menuItems.list);
  const [category, setCategory] = createSignal<MenuCategory | "all">("all");

  const visible = createMemo(() =>
    (items() ?? []).filter((i) => category() === "all" || i.category === category()),
  );

  return (
    <div>
      <div class="mb-4 flex flex-wrap gap-2">
        <For each={["all", ...categories] as const}>
          {(c) => (
            <button
              class="rounded-full border px-3 py-1 text-sm capitalize"
              classList={{ "bg-black text-white": category() === c }}
              onClick={() => setCategory(c)}
            >
              {c}
            </button>
          )}
        </For>
      </div>
      <div style={{ display: "grid", "grid-template-columns": "repeat(auto-fill, minmax(240px, 1fr))", gap: "12px" }}>
        <For each={visible()}>{(item) => <MenuItemCard item={item} />}</For>
      </div>
    </div>
  );
}

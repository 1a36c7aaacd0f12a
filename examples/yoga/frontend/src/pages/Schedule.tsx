import { createResource, For, Show } from "solid-js";
import { getClasses } from "../services/classes";
import type { YogaClass } from "../types";

function byDay(classes: YogaClass[]): [string, YogaClass[]][] {
  const days = new Map<string, YogaClass[]>();
  for (const c of classes) {
    const day = new Date(c.starts_at).toLocaleDateString(undefined, { weekday: "long" });
    days.set(day, [...(days.get(day) ?? []), c]);
  }
  return [...days.entries()];
}

export default function Schedule() {
  const [classes] = createResource(getClasses);

  return (
    <section>
      <h1 class="mb-4 text-2xl font-bold">Weekly schedule</h1>
      <Show when={classes()}>
        {(list) => (
          <For each={byDay(list())}>
            {([day, items]) => (
              <div class="mb-4">
                <h2 class="text-lg font-semibold">{day}</h2>
                <ul class="menu rounded-box bg-base-100">
                  <For each={items}>
                    {(c) => (
                      <li>
                        <a href={`/classes/${c.id}`}>
                          {new Date(c.starts_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}{" "}
                          {c.title}
                        </a>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            )}
          </For>
        )}
      </Show>
    </section>
  );
}

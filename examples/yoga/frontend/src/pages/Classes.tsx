import { createResource, For, Show } from "solid-js";
import ClassCard from "../components/ClassCard";
import { getClasses } from "../services/classes";

export default function Classes() {
  const [classes] = createResource(getClasses);

  return (
    <section>
      <h1 class="mb-4 text-2xl font-bold">Classes</h1>
      <Show when={classes()} fallback={<span class="loading loading-spinner" />}>
        <div class="grid gap-4 md:grid-cols-3">
          <For each={classes()}>{(c) => <ClassCard yogaClass={c} />}</For>
        </div>
      </Show>
    </section>
  );
}

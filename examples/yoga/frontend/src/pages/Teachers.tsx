import { createResource, For, Show } from "solid-js";
import TeacherCard from "../components/TeacherCard";
import { getTeachers } from "../services/teachers";

export default function Teachers() {
  const [teachers] = createResource(getTeachers);

  return (
    <section>
      <h1 class="mb-4 text-2xl font-bold">Our teachers</h1>
      <Show when={!teachers.error} fallback={<div class="alert alert-error">Could not load teachers.</div>}>
        <Show when={teachers()} fallback={<span class="loading loading-spinner" />}>
          <div class="grid gap-4 md:grid-cols-2">
            <For each={teachers()}>{(teacher) => <TeacherCard teacher={teacher} />}</For>
          </div>
        </Show>
      </Show>
    </section>
  );
}

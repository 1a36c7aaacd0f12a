import { useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { getClassById } from "../services/classes";
import { getTeacherById } from "../services/teachers";

export default function ClassDetail() {
  const params = useParams();
  const [yogaClass] = createResource(() => params.id, getClassById);
  const [teacher] = createResource(() => yogaClass()?.teacher_id, getTeacherById);

  return (
    <Show when={yogaClass()} fallback={<span class="loading loading-spinner" />}>
      {(c) => (
        <article class="card bg-base-100 shadow">
          <div class="card-body">
            <h1 class="card-title text-3xl">{c().title}</h1>
            <p>
              {c().style} with {teacher()?.name ?? "…"} in {c().room}
            </p>
            <p>
              {new Date(c().starts_at).toLocaleDateString()} ·{" "}
              {new Date(c().starts_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })} ·{" "}
              {c().duration_minutes} minutes
            </p>
            <p>
              {c().spots_left} of {c().capacity} spots left
            </p>
          </div>
        </article>
      )}
    </Show>
  );
}

import { For } from "solid-js";
import type { Teacher } from "../types";

export default function TeacherCard(props: { teacher: Teacher }) {
  return (
    <div class="card bg-base-100 shadow">
      <div class="card-body">
        <h3 class="card-title">{props.teacher.name}</h3>
        <p class="text-sm opacity-80">{props.teacher.bio}</p>
        <div class="flex flex-wrap gap-1">
          <For each={props.teacher.specialties}>
            {(s) => <span class="badge badge-outline">{s}</span>}
          </For>
        </div>
      </div>
    </div>
  );
}

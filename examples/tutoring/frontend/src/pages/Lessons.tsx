import { createResource, For } from "solid-js";
import { fetchLessons } from "../lib/api";

export default function Lessons() {
  const [lessons] = createResource(fetchLessons);

  return (
    <div>
      <h1 class="mb-6 text-2xl font-bold">All lessons</h1>
      <table class="min-w-full divide-y divide-slate-200 bg-white text-sm">
        <thead>
          <tr class="text-left text-slate-500">
            <th class="p-2">Date</th>
            <th class="p-2">Subject</th>
            <th class="p-2">Status</th>
          </tr>
        </thead>
        <tbody>
          <For each={lessons()}>
            {(lesson) => (
              <tr>
                <td class="p-2">{new Date(lesson.scheduled_at).toLocaleDateString()}</td>
                <td class="p-2">{lesson.subject}</td>
                <td class="p-2">{lesson.status}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

import { useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { fetchLessonsForTutor, fetchTutor } from "../lib/api";
import { formatDuration, formatRate } from "../lib/format";

export default function TutorDetail() {
  const params = useParams();
  const [tutor] = createResource(() => params.id, fetchTutor);
  const [lessons] = createResource(() => params.id, fetchLessonsForTutor);

  return (
    <Show when={tutor()} fallback={<p>Loading…</p>}>
      {(t) => (
        <div class="space-y-6">
          <div>
            <h1 class="text-3xl font-bold">{t().full_name}</h1>
            <p class="text-slate-600">
              {t().subjects.join(", ")} · {formatRate(t().hourly_rate_cents)}
            </p>
            <p class="mt-2">{t().bio}</p>
          </div>
          <div>
            <h2 class="mb-2 text-xl font-semibold">Upcoming lessons</h2>
            <ul class="divide-y rounded border bg-white">
              <For each={lessons()} fallback={<li class="p-3 text-slate-500">No lessons booked.</li>}>
                {(lesson) => (
                  <li class="flex justify-between p-3">
                    <span>
                      {new Date(lesson.scheduled_at).toLocaleDateString()} — {lesson.subject}
                    </span>
                    <span class="text-slate-500">{formatDuration(lesson.duration_minutes)}</span>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </div>
      )}
    </Show>
  );
}

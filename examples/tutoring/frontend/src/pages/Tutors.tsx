import { createResource, For, Show, Suspense } from "solid-js";
import TutorCard from "../components/TutorCard";
import { fetchTutors } from "../lib/api";

export default function Tutors() {
  const [tutors] = createResource(fetchTutors);

  return (
    <div>
      <h1 class="mb-6 text-2xl font-bold">Tutors</h1>
      <Suspense fallback={<p>Loading tutors…</p>}>
        <Show when={tutors()?.length} fallback={<p>No tutors yet.</p>}>
          <div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <For each={tutors()}>{(tutor) => <TutorCard tutor={tutor} />}</For>
          </div>
        </Show>
      </Suspense>
    </div>
  );
}

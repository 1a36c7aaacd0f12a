import { createResource, For } from "solid-js";
import { LessonRow } from "../components/lesson-row";
import { queryLessons, updateLesson } from "../utils/api";
import styles from "./home.module.css";

export function Home() {
  const [lessons, { refetch }] = createResource(queryLessons);

  async function markPaid(lesson: Lesson) {
    await updateLesson(lesson.id, {
      pupil_id: lesson.pupil_id,
      starts_at: lesson.starts_at,
      length_minutes: lesson.length_minutes,
      paid: true,
    });
    refetch();
  }

  return (
    <section>
      <h1 class={styles.title}>Upcoming lessons</h1>
      <For each={lessons()} fallback={<p class={styles.empty}>No lessons booked.</p>}>
        {(lesson) => <LessonRow lesson={lesson} onMarkPaid={markPaid} />}
      </For>
    </section>
  );
}

import { Show } from "solid-js";
import styles from "./lesson-row.module.css";

type LessonRowProps = {
  lesson: Lesson;
  onMarkPaid: (lesson: Lesson) => void;
};

export function LessonRow(props: LessonRowProps) {
  function formatDate(iso: string) {
    return new Date(iso).toLocaleString("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    });
  }

  return (
    <div class={styles.row}>
      <div>
        <span class={styles.who}>{props.lesson.pupil_name}</span>
        <span class={styles.when}>
          {" "}
          {formatDate(props.lesson.starts_at)} ({props.lesson.length_minutes} min)
        </span>
      </div>
      <Show
        when={props.lesson.paid}
        fallback={
          <button type="button" class={styles.unpaid} onClick={() => props.onMarkPaid(props.lesson)}>
            Mark paid
          </button>
        }
      >
        <span class={styles.paid}>Paid</span>
      </Show>
    </div>
  );
}

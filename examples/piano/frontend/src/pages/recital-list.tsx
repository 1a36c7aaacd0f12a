import { createResource, For } from "solid-js";
import { queryRecitals } from "../utils/api";
import styles from "./recital-list.module.css";

export function RecitalList() {
  const [recitals] = createResource(queryRecitals);

  function formatDate(day: string) {
    return new Date(`${day}T00:00:00`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  }

  return (
    <section>
      <h1 class={styles.title}>Recitals</h1>
      <For each={recitals()} fallback={<p>No recitals planned.</p>}>
        {(recital) => (
          <article class={styles.recital}>
            <h2>{recital.title}</h2>
            <p class={styles.meta}>
              {formatDate(recital.held_on)} at {recital.venue}
            </p>
          </article>
        )}
      </For>
    </section>
  );
}

import { createResource, For } from "solid-js";
import { A } from "@solidjs/router";
import { queryPupils } from "../utils/api";
import styles from "./pupil-list.module.css";

export function PupilList() {
  const [pupils] = createResource(queryPupils);

  return (
    <section>
      <h1 class={styles.title}>Pupils</h1>
      <A href="/pupils/new">Add a pupil</A>
      <ul class={styles.list}>
        <For each={pupils()}>
          {(pupil) => (
            <li class={styles.item}>
              <A href={`/pupils/${pupil.id}`}>{pupil.name}</A>
              <span class={styles.level}>{pupil.level}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

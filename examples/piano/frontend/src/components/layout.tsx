import type { ParentProps } from "solid-js";
import { A } from "@solidjs/router";
import styles from "./layout.module.css";

export function Layout(props: ParentProps) {
  return (
    <div class={styles.shell}>
      <nav class={styles.nav}>
        <A href="/" class={styles.brand}>
          Piano Studio
        </A>
        <A href="/pupils">Pupils</A>
      </nav>
      <main>{props.children}</main>
    </div>
  );
}

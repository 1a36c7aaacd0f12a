import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { useNavigate } from "@solidjs/router";
import { createPupil } from "../utils/api";
import styles from "./form.module.css";

export function NewPupil() {
  const navigate = useNavigate();
  const [form, setForm] = createStore<NewPupil>({
    name: "",
    level: "beginner",
    parent_email: "",
  });
  const [error, setError] = createSignal("");

  async function save() {
    try {
      await createPupil({ ...form });
      navigate("/pupils");
    } catch (e) {
      setError(String(e));
    }
  }

  return (
    <section class={styles.form}>
      <h1>New pupil</h1>
      <label class={styles.field}>
        Name
        <input value={form.name} onInput={(e) => setForm("name", e.currentTarget.value)} />
      </label>
      <label class={styles.field}>
        Level
        <select value={form.level} onChange={(e) => setForm("level", e.currentTarget.value as Level)}>
          <option value="beginner">Beginner</option>
          <option value="intermediate">Intermediate</option>
          <option value="advanced">Advanced</option>
        </select>
      </label>
      <label class={styles.field}>
        Parent's email
        <input
          type="email"
          value={form.parent_email}
          onInput={(e) => setForm("parent_email", e.currentTarget.value)}
        />
      </label>
      <Show when={error()}>
        <p class={styles.error}>{error()}</p>
      </Show>
      <button type="button" onClick={save}>
        Save pupil
      </button>
    </section>
  );
}

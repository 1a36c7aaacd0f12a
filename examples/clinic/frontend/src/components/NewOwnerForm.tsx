import { createSignal, Show } from "solid-js";
import { A } from "@solidjs/router";
import { createOwner } from "../api";
import type { Owner } from "../types";

export default function NewOwnerForm() {
  const [fullName, setFullName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [phone, setPhone] = createSignal("");
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [missing, setMissing] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal<Owner | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Required fields are checked here, so the user sees every missing one at once.
    const required: [string, boolean][] = [
      ["Full name", fullName().trim() === ""],
      ["Email", email().trim() === ""],
    ];
    const absent = required.filter(([, empty]) => empty).map(([label]) => label);
    setMissing(absent);
    if (absent.length > 0) return;
    setSaving(true);
    try {
      setSaved(await createOwner({
        full_name: fullName().trim(),
        email: email().trim(),
        phone: phone().trim() || null,
      }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="card bg-base-100 shadow" onSubmit={submit} noValidate>
      <div class="card-body gap-3">
        <h2 class="card-title">New owner</h2>
        <label class="form-control">
          <span class="label-text">Full name</span>
          <input class="input input-bordered" name="full_name" type="text" value={fullName()} onInput={(e) => setFullName(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Email</span>
          <input class="input input-bordered" name="email" type="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Phone (optional)</span>
          <input class="input input-bordered" name="phone" type="tel" value={phone()} onInput={(e) => setPhone(e.currentTarget.value)} />
        </label>
        <Show when={missing().length > 0}>
          <div role="alert" class="alert alert-warning">Please fill in: {missing().join(", ")}</div>
        </Show>
        <Show when={error()}>
          <div role="alert" class="alert alert-error">{error()}</div>
        </Show>
        <Show when={saved()}>
          {(record) => (
            <div role="status" class="alert alert-success">
              Saved owner #{record().id}. <A class="link" href={`/owners/${record().id}`}>Open it</A>
            </div>
          )}
        </Show>
        <div class="card-actions justify-end">
          <button class="btn btn-primary" type="submit" disabled={saving()}>
            <Show when={saving()}>
              <span class="loading loading-spinner loading-sm" />
            </Show>
            Create
          </button>
        </div>
      </div>
    </form>
  );
}

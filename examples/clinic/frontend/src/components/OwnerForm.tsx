import { createSignal, Show } from "solid-js";
import { createOwner } from "../api";

interface Props {
  onCreated: () => void;
}

export default function OwnerForm(props: Props) {
  const [fullName, setFullName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [phone, setPhone] = createSignal("");
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await createOwner({ full_name: fullName(), email: email(), phone: phone().trim() || null });
      setFullName("");
      setEmail("");
      setPhone("");
      setError(null);
      props.onCreated();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="card bg-base-100 shadow" onSubmit={submit}>
      <div class="card-body gap-3">
        <h2 class="card-title">New owner</h2>
        <label class="form-control">
          <span class="label-text">Full name</span>
          <input
            class="input input-bordered"
            value={fullName()}
            onInput={(e) => setFullName(e.currentTarget.value)}
            required
          />
        </label>
        <div class="grid grid-cols-2 gap-3">
          <label class="form-control">
            <span class="label-text">Email</span>
            <input
              class="input input-bordered"
              type="email"
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
              required
            />
          </label>
          <label class="form-control">
            <span class="label-text">Phone (optional)</span>
            <input class="input input-bordered" type="tel" value={phone()} onInput={(e) => setPhone(e.currentTarget.value)} />
          </label>
        </div>
        <Show when={error()}>
          <div role="alert" class="alert alert-error">
            {error()}
          </div>
        </Show>
        <div class="card-actions justify-end">
          <button class="btn btn-primary" type="submit" disabled={saving()}>
            <Show when={saving()}>
              <span class="loading loading-spinner loading-sm" />
            </Show>
            Add owner
          </button>
        </div>
      </div>
    </form>
  );
}

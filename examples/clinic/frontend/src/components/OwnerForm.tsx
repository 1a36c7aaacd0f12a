import { createSignal } from "solid-js";
import { createOwner } from "../api";

interface Props {
  onCreated: () => void;
}

export default function OwnerForm(props: Props) {
  const [fullName, setFullName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      await createOwner({ full_name: fullName(), email: email(), phone: null });
      setFullName("");
      setEmail("");
      setError(null);
      props.onCreated();
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <form class="flex gap-2 items-end" onSubmit={submit}>
      <label class="form-control">
        <span class="label-text">Name</span>
        <input class="input input-bordered" value={fullName()} onInput={(e) => setFullName(e.currentTarget.value)} required />
      </label>
      <label class="form-control">
        <span class="label-text">Email</span>
        <input class="input input-bordered" type="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} required />
      </label>
      <button class="btn btn-primary" type="submit">Add owner</button>
      {error() && <div class="alert alert-error">{error()}</div>}
    </form>
  );
}

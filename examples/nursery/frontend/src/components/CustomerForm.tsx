import { createSignal, Show } from "solid-js";
import { createCustomer } from "../api";
import type { Customer } from "../types";

interface Props {
  onSaved: (customer: Customer) => void;
}

export default function CustomerForm(props: Props) {
  const [fullName, setFullName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [newsletter, setNewsletter] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      const customer = await createCustomer({ full_name: fullName(), email: email(), newsletter: newsletter() });
      setFullName("");
      setEmail("");
      setNewsletter(false);
      setProblem(null);
      props.onSaved(customer);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form class="card bg-base-100 shadow" onSubmit={save}>
      <div class="card-body gap-3">
        <h2 class="card-title">Loyalty sign-up</h2>
        <input
          class="input input-bordered"
          placeholder="Full name"
          value={fullName()}
          onInput={(e) => setFullName(e.currentTarget.value)}
          required
        />
        <input
          class="input input-bordered"
          type="email"
          placeholder="Email"
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
          required
        />
        <label class="label cursor-pointer justify-start gap-3">
          <input
            type="checkbox"
            class="checkbox"
            checked={newsletter()}
            onChange={(e) => setNewsletter(e.currentTarget.checked)}
          />
          <span class="label-text">Send me the monthly newsletter</span>
        </label>
        <Show when={problem()}>
          <div role="alert" class="alert alert-error">{problem()}</div>
        </Show>
        <button class="btn btn-primary" type="submit">Sign up</button>
      </div>
    </form>
  );
}

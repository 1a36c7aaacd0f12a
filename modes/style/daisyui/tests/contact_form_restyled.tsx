import { createSignal } from "solid-js";

export default function ContactForm() {
  const [email, setEmail] = createSignal("");
  const [sent, setSent] = createSignal(false);
  return (
    <form class="card bg-base-100 p-6 shadow" onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
      <h2 class="text-xl font-semibold">Contact us</h2>
      <label class="form-control">
        <span class="label-text">Email</span>
        <input class="input input-bordered" type="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label class="form-control">
        <input class="checkbox" type="checkbox" /> Subscribe
      </label>
      {sent() && <div class="alert alert-success" role="status">Thanks!</div>}
      <button class="btn btn-primary" type="submit">Send</button>
      <button type="reset" class={sent() ? "opacity-50" : ""}>Clear</button>
    </form>
  );
}

import { createSignal } from "solid-js";

export default function ContactForm() {
  const [email, setEmail] = createSignal("");
  const [sent, setSent] = createSignal(false);
  return (
    <form onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
      <h2>Contact us</h2>
      <label>
        <span class="label-text">Email</span>
        <input type="email" value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <label>
        <input type="checkbox" /> Subscribe
      </label>
      {sent() && <div role="status">Thanks!</div>}
      <button type="submit">Send</button>
      <button type="reset" class={sent() ? "opacity-50" : ""}>Clear</button>
    </form>
  );
}

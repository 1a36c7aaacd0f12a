import { useNavigate } from "solid-app-router";
import { Show, createSignal } from "solid-js";
import { useCreateService } from "../hooks/useServices";

export default function AddService() {
  const navigate = useNavigate();
  const { createService, saving, error } = useCreateService();
  const [name, setName] = createSignal("");
  const [minutes, setMinutes] = createSignal(30);
  const [price, setPrice] = createSignal("0.00");

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await createService({
      name: name(),
      minutes: minutes(),
      priceCents: Math.round(parseFloat(price()) * 100),
    });
    navigate("/");
  };

  return (
    <form onSubmit={onSubmit} style={{ "max-width": "400px" }}>
      <h1 style={{ "font-size": "24px", "margin-bottom": "12px" }}>New service</h1>
      <Show when={error()}>
        <p style={{ color: "crimson" }}>{error()}</p>
      </Show>
      <label style={{ display: "block", "margin-bottom": "8px" }}>
        Name
        <input
          class="input input-bordered w-full"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          required
        />
      </label>
      <label style={{ display: "block", "margin-bottom": "8px" }}>
        Minutes
        <input
          type="number"
          min="5"
          step="5"
          class="input input-bordered w-full"
          value={minutes()}
          onInput={(e) => setMinutes(parseInt(e.currentTarget.value, 10) || 0)}
        />
      </label>
      <label style={{ display: "block", "margin-bottom": "8px" }}>
        Price (€)
        <input
          type="number"
          min="0"
          step="0.01"
          class="input input-bordered w-full"
          value={price()}
          onInput={(e) => setPrice(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="btn btn-primary" disabled={saving()}>
        {saving() ? "Saving..." : "Save"}
      </button>
    </form>
  );
}

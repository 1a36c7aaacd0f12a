import { useNavigate } from "@solidjs/router";
import { Show, createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import type { PlantInput, PotSize } from "../../models/Plant";
import { addPlant } from "../../stores/plants";

export default function NewPlant() {
  const navigate = useNavigate();
  const [form, setForm] = createStore<PlantInput>({
    name: "",
    species: "",
    potSize: "medium",
    priceCents: 0,
    stock: 0,
  });
  const [error, setError] = createSignal<string | null>(null);

  const handleSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await addPlant({ ...form });
      navigate("/plants");
    } catch {
      setError("Could not save the plant");
    }
  };

  return (
    <form onSubmit={handleSubmit} class="card bg-base-100 shadow max-w-lg">
      <div class="card-body gap-3">
        <h1 class="card-title">New plant</h1>
        <Show when={error()}>
          <div class="alert alert-error">{error()}</div>
        </Show>
        <label class="form-control">
          <span class="label-text">Name</span>
          <input
            class="input input-bordered"
            value={form.name}
            onInput={(e) => setForm("name", e.currentTarget.value)}
            required
          />
        </label>
        <label class="form-control">
          <span class="label-text">Species</span>
          <input
            class="input input-bordered"
            value={form.species}
            onInput={(e) => setForm("species", e.currentTarget.value)}
          />
        </label>
        <label class="form-control">
          <span class="label-text">Pot size</span>
          <select
            class="select select-bordered"
            value={form.potSize}
            onChange={(e) => setForm("potSize", e.currentTarget.value as PotSize)}
          >
            <option value="small">Small</option>
            <option value="medium">Medium</option>
            <option value="large">Large</option>
            <option value="xl">XL</option>
          </select>
        </label>
        <label class="form-control">
          <span class="label-text">Price (cents)</span>
          <input
            type="number"
            min="0"
            class="input input-bordered"
            value={form.priceCents}
            onInput={(e) => setForm("priceCents", e.currentTarget.valueAsNumber || 0)}
          />
        </label>
        <label class="form-control">
          <span class="label-text">Stock</span>
          <input
            type="number"
            min="0"
            class="input input-bordered"
            value={form.stock}
            onInput={(e) => setForm("stock", e.currentTarget.valueAsNumber || 0)}
          />
        </label>
        <div class="card-actions justify-end">
          <button type="submit" class="btn btn-primary">
            Save
          </button>
        </div>
      </div>
    </form>
  );
}

import { createSignal, For, Show } from "solid-js";
import { createPet } from "../api";
import { SPECIES_VALUES, type Species } from "../types";

interface Props {
  ownerId: number;
  onCreated: () => void;
}

export default function PetForm(props: Props) {
  const [name, setName] = createSignal("");
  const [species, setSpecies] = createSignal<Species>("dog");
  const [breed, setBreed] = createSignal("");
  const [bornOn, setBornOn] = createSignal("");
  const [weightKg, setWeightKg] = createSignal(1);
  const [error, setError] = createSignal<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      await createPet({
        owner_id: props.ownerId,
        name: name(),
        species: species(),
        breed: breed().trim() || null,
        born_on: bornOn() || null,
        weight_kg: weightKg(),
      });
      setName("");
      setBreed("");
      setBornOn("");
      setError(null);
      props.onCreated();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form class="card bg-base-100 shadow" onSubmit={submit}>
      <div class="card-body gap-3">
        <h2 class="card-title">New pet</h2>
        <div class="grid grid-cols-2 gap-3">
          <label class="form-control">
            <span class="label-text">Name</span>
            <input class="input input-bordered" value={name()} onInput={(e) => setName(e.currentTarget.value)} required />
          </label>
          <label class="form-control">
            <span class="label-text">Species</span>
            <select
              class="select select-bordered"
              value={species()}
              onChange={(e) => setSpecies(e.currentTarget.value as Species)}
            >
              <For each={SPECIES_VALUES}>{(s) => <option value={s}>{s}</option>}</For>
            </select>
          </label>
          <label class="form-control">
            <span class="label-text">Breed (optional)</span>
            <input class="input input-bordered" value={breed()} onInput={(e) => setBreed(e.currentTarget.value)} />
          </label>
          <label class="form-control">
            <span class="label-text">Born on (optional)</span>
            <input class="input input-bordered" type="date" value={bornOn()} onInput={(e) => setBornOn(e.currentTarget.value)} />
          </label>
          <label class="form-control">
            <span class="label-text">Weight (kg)</span>
            <input
              class="input input-bordered"
              type="number"
              min="0"
              step="0.1"
              value={weightKg()}
              onInput={(e) => setWeightKg(e.currentTarget.valueAsNumber)}
              required
            />
          </label>
        </div>
        <Show when={error()}>
          <div role="alert" class="alert alert-error">
            {error()}
          </div>
        </Show>
        <div class="card-actions justify-end">
          <button class="btn btn-secondary" type="submit">
            Add pet
          </button>
        </div>
      </div>
    </form>
  );
}

import { createResource, createSignal, For, Show } from "solid-js";
import { createPet, listOwners } from "../api";
import { SPECIES_VALUES, type Pet, type Species } from "../types";

export default function NewPetForm() {
  const [ownerId, setOwnerId] = createSignal(NaN);
  const [name, setName] = createSignal("");
  const [species, setSpecies] = createSignal<Species | "">("");
  const [breed, setBreed] = createSignal("");
  const [bornOn, setBornOn] = createSignal("");
  const [weightKg, setWeightKg] = createSignal(NaN);
  const [owners] = createResource(listOwners);
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [missing, setMissing] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal<Pet | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Required fields are checked here, so the user sees every missing one at once.
    const required: [string, boolean][] = [
      ["Owner", Number.isNaN(ownerId())],
      ["Name", name().trim() === ""],
      ["Species", species() === ""],
      ["Weight kg", Number.isNaN(weightKg())],
    ];
    const absent = required.filter(([, empty]) => empty).map(([label]) => label);
    setMissing(absent);
    if (absent.length > 0) return;
    setSaving(true);
    try {
      setSaved(await createPet({
        owner_id: ownerId(),
        name: name().trim(),
        species: species() as Species,
        breed: breed().trim() || null,
        born_on: bornOn() || null,
        weight_kg: weightKg(),
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
        <h2 class="card-title">New pet</h2>
        <label class="form-control">
          <span class="label-text">Owner</span>
          <select class="select select-bordered" name="owner_id" value={Number.isNaN(ownerId()) ? "" : String(ownerId())} onChange={(e) => setOwnerId(e.currentTarget.value ? Number(e.currentTarget.value) : NaN)}><option value="">Choose…</option><For each={owners() ?? []}>{(owner) => <option value={owner.id}>{owner.full_name}</option>}</For></select>
        </label>
        <label class="form-control">
          <span class="label-text">Name</span>
          <input class="input input-bordered" name="name" type="text" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Species</span>
          <select class="select select-bordered" name="species" value={species()} onChange={(e) => setSpecies(e.currentTarget.value as Species)}><option value="">Choose…</option><For each={SPECIES_VALUES}>{(value) => <option value={value}>{value}</option>}</For></select>
        </label>
        <label class="form-control">
          <span class="label-text">Breed (optional)</span>
          <input class="input input-bordered" name="breed" type="text" value={breed()} onInput={(e) => setBreed(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Born on (optional)</span>
          <input class="input input-bordered" name="born_on" type="date" value={bornOn()} onInput={(e) => setBornOn(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Weight kg</span>
          <input class="input input-bordered" name="weight_kg" type="number" step="any" value={Number.isNaN(weightKg()) ? "" : weightKg()} onInput={(e) => setWeightKg(e.currentTarget.valueAsNumber)} />
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
              Saved pet #{record().id}.
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

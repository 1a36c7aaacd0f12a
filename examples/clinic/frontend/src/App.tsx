import { createResource, createSignal, For, Show } from "solid-js";
import { listOwnerPets, listOwners, listVets } from "./api";
import type { Pet } from "./types";
import AppointmentTable from "./components/AppointmentTable";
import OwnerForm from "./components/OwnerForm";
import OwnerList from "./components/OwnerList";
import PetForm from "./components/PetForm";

export default function App() {
  const [owners, { refetch: refetchOwners }] = createResource(listOwners);
  const [vets] = createResource(listVets);
  const [ownerId, setOwnerId] = createSignal<number | null>(null);
  const [pet, setPet] = createSignal<Pet | null>(null);
  // The source is null until an owner is picked, so nothing is fetched before that.
  const [pets, { refetch: refetchPets }] = createResource(ownerId, listOwnerPets);

  const selectOwner = (id: number) => {
    setOwnerId(id);
    setPet(null);
  };

  return (
    <main class="container mx-auto grid gap-6 p-6 lg:grid-cols-[2fr_3fr]">
      <section class="space-y-6">
        <OwnerForm onCreated={refetchOwners} />
        <OwnerList owners={owners() ?? []} loading={owners.loading} selectedId={ownerId()} onSelect={selectOwner} />
      </section>
      <section class="space-y-6">
        <Show
          when={ownerId()}
          fallback={<div class="alert">Pick an owner to see their pets and appointments.</div>}
        >
          {(id) => (
            <>
              <div class="card bg-base-100 shadow">
                <div class="card-body">
                  <h2 class="card-title">Pets</h2>
                  <Show when={!pets.loading} fallback={<span class="loading loading-dots" />}>
                    <div class="flex flex-wrap gap-2">
                      <For each={pets()} fallback={<span class="text-base-content/60">No pets yet.</span>}>
                        {(p) => (
                          <button
                            class="btn btn-sm"
                            classList={{ "btn-secondary": pet()?.id === p.id }}
                            onClick={() => setPet(p)}
                          >
                            {p.name}
                            <span class="badge badge-ghost">{p.species}</span>
                          </button>
                        )}
                      </For>
                    </div>
                  </Show>
                </div>
              </div>
              <PetForm ownerId={id()} onCreated={refetchPets} />
            </>
          )}
        </Show>
        <Show when={pet()}>{(p) => <AppointmentTable pet={p()} vets={vets() ?? []} />}</Show>
      </section>
    </main>
  );
}

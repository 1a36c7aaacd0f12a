import { createResource, ErrorBoundary, Show, Suspense } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { getPet, listOwners } from "../api";

export default function PetDetail() {
  const params = useParams();
  const [pet] = createResource(() => Number(params.id), getPet);
  const [owners] = createResource(listOwners);

  return (
    <section class="card bg-base-100 shadow">
      <div class="card-body">
        <ErrorBoundary fallback={(error) => <div role="alert" class="alert alert-error">{String(error)}</div>}>
          <Suspense fallback={<span class="loading loading-spinner" />}>
            <Show when={pet()} fallback={<p class="text-base-content/60">No such pet.</p>}>
              {(found) => (
                <>
                  <h2 class="card-title">{found().name}</h2>
                  <dl class="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
                    <dt class="font-semibold">Id</dt>
                    <dd>{found().id}</dd>
                    <dt class="font-semibold">Owner</dt>
                    <dd><A class="link" href={`/owners/${found().owner_id}`}>{(owners.state === "ready" ? owners() : []).find((r) => r.id === found().owner_id)?.full_name ?? "—"}</A></dd>
                    <dt class="font-semibold">Name</dt>
                    <dd>{found().name}</dd>
                    <dt class="font-semibold">Species</dt>
                    <dd>{found().species}</dd>
                    <dt class="font-semibold">Breed</dt>
                    <dd>{found().breed ?? "—"}</dd>
                    <dt class="font-semibold">Born on</dt>
                    <dd>{found().born_on == null ? "—" : new Date(found().born_on!).toLocaleDateString()}</dd>
                    <dt class="font-semibold">Weight kg</dt>
                    <dd>{found().weight_kg}</dd>
                  </dl>
                </>
              )}
            </Show>
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}

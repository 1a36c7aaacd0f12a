import { createResource, ErrorBoundary, Show, Suspense } from "solid-js";
import { A, useParams } from "@solidjs/router";
import { getOwner } from "../api";

export default function OwnerDetail() {
  const params = useParams();
  const [owner] = createResource(() => Number(params.id), getOwner);

  return (
    <section class="card bg-base-100 shadow">
      <div class="card-body">
        <ErrorBoundary fallback={(error) => <div role="alert" class="alert alert-error">{String(error)}</div>}>
          <Suspense fallback={<span class="loading loading-spinner" />}>
            <Show when={owner()} fallback={<p class="text-base-content/60">No such owner.</p>}>
              {(found) => (
                <>
                  <h2 class="card-title">{found().full_name}</h2>
                  <dl class="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
                    <dt class="font-semibold">Id</dt>
                    <dd>{found().id}</dd>
                    <dt class="font-semibold">Full name</dt>
                    <dd>{found().full_name}</dd>
                    <dt class="font-semibold">Email</dt>
                    <dd>{found().email}</dd>
                    <dt class="font-semibold">Phone</dt>
                    <dd>{found().phone ?? "—"}</dd>
                    <dt class="font-semibold">Created at</dt>
                    <dd>{found().created_at}</dd>
                  </dl>
                  <div class="card-actions justify-end">
                    <A class="btn btn-ghost" href="/owners">All owners</A>
                  </div>
                </>
              )}
            </Show>
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}

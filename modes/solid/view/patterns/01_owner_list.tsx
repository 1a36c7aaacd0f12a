import { createResource, ErrorBoundary, For, Show, Suspense } from "solid-js";
import { A } from "@solidjs/router";
import { listOwners } from "../api";
import type { Owner } from "../types";

export default function OwnerTable() {
  const [owners] = createResource(listOwners);

  return (
    <section class="card bg-base-100 shadow">
      <div class="card-body">
        <h2 class="card-title">Owners</h2>
        <ErrorBoundary fallback={(error) => <div role="alert" class="alert alert-error">{String(error)}</div>}>
          <Suspense fallback={<span class="loading loading-spinner" />}>
            <Show when={(owners() ?? []).length > 0} fallback={<p class="text-base-content/60">No owners yet.</p>}>
              <div class="overflow-x-auto">
                <table class="table table-zebra">
                  <thead>
                    <tr>
                      <th>Full name</th>
                      <th>Email</th>
                      <th>Phone</th>
                      <th>Created at</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={owners()}>
                      {(owner: Owner) => (
                        <tr>
                          <td><A class="link link-primary" href={`/owners/${owner.id}`}>{owner.full_name}</A></td>
                          <td><a class="link" href={`mailto:${owner.email}`}>{owner.email}</a></td>
                          <td>{owner.phone ? <a class="link" href={`tel:${owner.phone}`}>{owner.phone}</a> : "—"}</td>
                          <td>{new Date(owner.created_at).toLocaleString()}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}

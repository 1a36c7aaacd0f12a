import { For, Show } from "solid-js";
import type { Owner } from "../types";

interface Props {
  owners: Owner[];
  loading: boolean;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

export default function OwnerList(props: Props) {
  return (
    <div class="card bg-base-100 shadow">
      <div class="card-body">
        <h2 class="card-title">
          Owners
          <span class="badge badge-neutral">{props.owners.length}</span>
        </h2>
        <Show when={!props.loading} fallback={<span class="loading loading-spinner" />}>
          <div class="overflow-x-auto">
            <table class="table table-zebra">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Email</th>
                  <th>Phone</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.owners}>
                  {(owner) => (
                    <tr
                      class="hover cursor-pointer"
                      classList={{ active: props.selectedId === owner.id }}
                      onClick={() => props.onSelect(owner.id)}
                    >
                      <td class="font-medium">{owner.full_name}</td>
                      <td>{owner.email}</td>
                      <td>{owner.phone ?? "—"}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </div>
    </div>
  );
}

import { For, Show } from "solid-js";
import type { Owner } from "../api";

interface Props {
  owners: Owner[];
  loading: boolean;
}

export default function OwnerList(props: Props) {
  return (
    <div class="card bg-base-100 shadow">
      <div class="card-body">
        <h2 class="card-title">Owners</h2>
        <Show when={!props.loading} fallback={<span class="loading loading-spinner" />}>
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
                  <tr>
                    <td>{owner.full_name}</td>
                    <td>{owner.email}</td>
                    <td>{owner.phone ?? "—"}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </div>
    </div>
  );
}

import { createResource, For } from "solid-js";
import { getPickups, markPickupDone } from "../api/pickups";

export function PickupsPage() {
  const [pickups, { refetch }] = createResource(getPickups);

  async function done(id: number) {
    await markPickupDone(id);
    await refetch();
  }

  return (
    <div class="panel">
      <div class="panel-title">Driver run</div>
      <table class="data-table">
        <tbody>
          <For each={pickups()}>
            {(p) => (
              <tr classList={{ "opacity-50": p.done }}>
                <td>{new Date(p.date).toLocaleDateString()}</td>
                <td>{p.window}</td>
                <td>{p.kind === "collect" ? "Collect" : "Deliver"} · order #{p.order_id}</td>
                <td>{p.driver ?? "unassigned"}</td>
                <td>
                  {!p.done && (
                    <button class="btn-link-old" onClick={() => done(p.id)}>
                      done
                    </button>
                  )}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

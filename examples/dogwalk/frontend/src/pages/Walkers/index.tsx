import { createResource, For } from "solid-js";
import { walkerService } from "../../services/walkerService";

export default function Walkers() {
  const [walkers] = createResource(walkerService.getAll);

  return (
    <div>
      <h1 class="text-2xl font-bold mb-4">Walkers</h1>
      <table class="table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Phone</th>
            <th>Active</th>
          </tr>
        </thead>
        <tbody>
          <For each={walkers()}>
            {(walker) => (
              <tr>
                <td>{walker.name}</td>
                <td>{walker.phone}</td>
                <td>{walker.active ? "yes" : "no"}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

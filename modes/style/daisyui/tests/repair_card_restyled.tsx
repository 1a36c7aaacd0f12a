import { A } from "@solidjs/router";
import { For } from "solid-js";
import type { Repair } from "../types";

// One repair job of the bike shop: its bike, status, parts and a note for the mechanic.
export default function RepairCard(props: { repair: Repair; onCancel: (id: number) => void }) {
  return (
    <article class="card bg-base-100 card-bordered mb-4 p-5 shadow-sm">
      <header class="flex items-center justify-between gap-2">
        <h3 class="text-base font-semibold text-gray-900">{props.repair.bike}</h3>
        <span class="badge badge-success badge-sm inline-flex">{props.repair.status}</span>
      </header>
      <table class="table mt-3 w-full text-sm">
        <tbody>
          <For each={props.repair.parts}>{(part) => <tr><td class="py-1 text-gray-700">{part}</td></tr>}</For>
        </tbody>
      </table>
      <label class="mt-3 block text-sm text-gray-600">
        Note
        <textarea class="textarea textarea-bordered mt-1 w-full" value={props.repair.notes} />
      </label>
      <select class="select select-bordered mt-2">
        <option>Front wheel</option>
        <option>Rear wheel</option>
      </select>
      <div class="mt-4 flex items-center gap-2">
        <A href={`/repairs/${props.repair.id}`} class="btn btn-primary">Open</A>
        <button type="button" class="btn btn-error btn-sm" onClick={() => props.onCancel(props.repair.id)}>
          Cancel
        </button>
        <button type="button" class="btn rounded bg-gray-200 px-3">Print</button>
        <input type="checkbox" class="h-4 w-4 rounded border border-gray-300" />
      </div>
    </article>
  );
}

import { For, Show, createSignal, onMount } from "solid-js";
import { fetchVisits, updateVisit, type Visit } from "../apiClients/visits";
import { useData } from "../context/DataContext";
import VisitCard from "../components/VisitCard";
import { today } from "../utils/datetime";

export default function Home() {
  const { clients, cleaners } = useData();
  const [visits, setVisits] = createSignal<Visit[]>([]);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal("");

  onMount(async () => {
    try {
      setVisits(await fetchVisits({ from: today() }));
    } catch (e) {
      setError(String(e));
    } finally {
      setLoading(false);
    }
  });

  async function toggleDone(visit: Visit) {
    const saved = await updateVisit(visit.id, {
      client_id: visit.client_id,
      cleaner_id: visit.cleaner_id,
      date: visit.date,
      hours: visit.hours,
      done: !visit.done,
    });
    setVisits((list) => list.map((v) => (v.id === saved.id ? saved : v)));
  }

  return (
    <div class="page">
      <h1 class="page-title">Upcoming visits</h1>
      <p class="muted">
        {clients()?.length ?? 0} clients · {cleaners()?.length ?? 0} cleaners
      </p>
      <Show when={error()}>
        <p class="error">{error()}</p>
      </Show>
      <Show when={!loading()} fallback={<p class="muted">Loading…</p>}>
        <div class="mt-4 grid gap-3 md:grid-cols-2">
          <For each={visits()} fallback={<p class="muted">Nothing booked.</p>}>
            {(visit) => <VisitCard visit={visit} onToggleDone={toggleDone} />}
          </For>
        </div>
      </Show>
    </div>
  );
}

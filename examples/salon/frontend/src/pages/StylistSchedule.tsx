import { useParams } from "solid-app-router";
import { For, Show } from "solid-js";
import StatusBadge from "../components/StatusBadge";
import { useStylist, useStylistBookings } from "../hooks/useStylists";

export default function StylistSchedule() {
  const params = useParams();
  const [stylist] = useStylist(() => params.id);
  const [bookings] = useStylistBookings(() => params.id);

  const upcoming = () =>
    (bookings() ?? [])
      .filter((b) => new Date(b.startsAt) >= new Date() && b.status !== "cancelled")
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <div>
      <Show when={stylist()}>
        {(s) => <h1 style={{ "font-size": "24px", "margin-bottom": "12px" }}>{s().name}'s schedule</h1>}
      </Show>
      <For each={upcoming()} fallback={<p>Nothing booked.</p>}>
        {(b) => (
          <div style={{ padding: "8px 0", "border-bottom": "1px solid #eee" }}>
            <div>{new Date(b.startsAt).toLocaleString()}</div>
            <div>
              {b.clientName} — {b.serviceName} <StatusBadge status={b.status} />
            </div>
          </div>
        )}
      </For>
    </div>
  );
}

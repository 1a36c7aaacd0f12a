import { Link } from "solid-app-router";
import { For, Show } from "solid-js";
import StatusBadge from "../components/StatusBadge";
import { useBookings } from "../hooks/useBookings";

export default function Bookings() {
  const [bookings] = useBookings();

  return (
    <div>
      <h1 class="text-2xl mb-4">All bookings</h1>
      <Show when={!bookings.error} fallback={<p class="text-error">Could not load bookings.</p>}>
        <table class="table table-zebra w-full">
          <thead>
            <tr>
              <th>When</th>
              <th>Client</th>
              <th>Service</th>
              <th>Stylist</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            <For each={bookings()}>
              {(b) => (
                <tr>
                  <td>{new Date(b.startsAt).toLocaleString()}</td>
                  <td>
                    <Link href={`/bookings/${b.id}`}>{b.clientName}</Link>
                  </td>
                  <td>{b.serviceName}</td>
                  <td>{b.stylistName}</td>
                  <td>
                    <StatusBadge status={b.status} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}

import { For, Show } from "solid-js";
import BookingCard from "../components/BookingCard";
import { useBookings, useUpdateBookingStatus } from "../hooks/useBookings";

export default function Home() {
  const [bookings, { refetch }] = useBookings();
  const { updateStatus } = useUpdateBookingStatus();

  const today = () => {
    const now = new Date().toDateString();
    return (bookings() ?? [])
      .filter((b) => new Date(b.startsAt).toDateString() === now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  };

  const markArrived = async (id: number) => {
    await updateStatus(id, "arrived");
    refetch();
  };

  return (
    <div>
      <h1 style={{ "font-size": "24px", "margin-bottom": "12px" }}>Today</h1>
      <Show when={!bookings.loading} fallback={<p>Loading...</p>}>
        <For each={today()} fallback={<p>No bookings today.</p>}>
          {(booking) => <BookingCard booking={booking} onArrived={markArrived} />}
        </For>
      </Show>
    </div>
  );
}

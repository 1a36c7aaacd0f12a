import { createSignal, For } from "solid-js";

interface Seat {
  label: string;
  free: boolean;
}

// The seats of one row of the theatre: a taken seat is dimmed, the chosen one drawn darker.
export default function SeatRow(props: { seats: Seat[]; accent: string }) {
  const [chosen, setChosen] = createSignal<string | null>(null);
  return (
    <div class="flex gap-2">
      <For each={props.seats}>
        {(seat) => (
          <button
            type="button"
            class="px-2 py-1"
            classList={{ "font-bold": chosen() === seat.label, "opacity-50": !(seat.free), "text-[#222]": chosen() === seat.label, "text-[#999]": !(chosen() === seat.label) }}
            style={{ "border-color": props.accent }}
            onClick={() => setChosen(seat.label)}
          >
            {seat.label}
          </button>
        )}
      </For>
      <span style={{ "margin-left": `${props.seats.length}px` }} classList={{ "font-bold": props.seats.length > 10, "font-normal": !(props.seats.length > 10) }}>
        {props.seats.length} seats
      </span>
    </div>
  );
}

// A ticket's note, highlighted while there is one.
export const TicketNote = (props: { note?: string; paid: boolean }) => (
  <p
    class="text-sm"
    classList={{
      italic: !props.paid,
    }}
    style={{ "background-color": props.note ? "#fef3c7" : "white", "box-shadow": props.paid ? "none" : "0 0 0 1px red" }}
  >
    {props.note ?? "no note"}
  </p>
);

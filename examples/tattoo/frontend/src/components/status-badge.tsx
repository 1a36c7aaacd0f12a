import type { AppointmentStatus } from "../schemas/appointment";

const labels: Record<AppointmentStatus, string> = {
  booked: "Booked",
  confirmed: "Confirmed",
  done: "Done",
  cancelled: "Cancelled",
  no_show: "No-show",
};

export function StatusBadge(props: { status: AppointmentStatus }) {
  return (
    <span
      class="rounded px-2 py-0.5 text-xs uppercase tracking-wide"
      classList={{
        "bg-sky-900 text-sky-200": props.status === "booked",
        "bg-emerald-900 text-emerald-200": props.status === "confirmed",
        "bg-neutral-700 text-neutral-300": props.status === "done",
        "bg-red-900 text-red-200": props.status === "cancelled" || props.status === "no_show",
      }}
    >
      {labels[props.status]}
    </span>
  );
}

import type { BookingStatus } from "../types/types";

const labels: Record<BookingStatus, string> = {
  booked: "Booked",
  arrived: "In the chair",
  done: "Done",
  cancelled: "Cancelled",
  no_show: "No-show",
};

export default function StatusBadge(props: { status: BookingStatus }) {
  const classes: Record<BookingStatus, string> = {
    booked: "badge badge-info",
    arrived: "badge badge-warning",
    done: "badge badge-success",
    cancelled: "badge badge-ghost",
    no_show: "badge badge-error",
  };
  return <span class={classes[props.status]}>{labels[props.status]}</span>;
}

import { Link } from "solid-app-router";
import type { Booking } from "../types/types";
import StatusBadge from "./StatusBadge";

export default function BookingCard(props: { booking: Booking; onArrived?: (id: number) => void }) {
  const time = () =>
    new Date(props.booking.startsAt).toLocaleString([], { hour: "2-digit", minute: "2-digit" });

  return (
    <div
      style={{
        border: "1px solid #ddd",
        "border-radius": "6px",
        padding: "12px",
        "margin-bottom": "8px",
        background: "#fff",
      }}
    >
      <div style={{ display: "flex", "justify-content": "space-between" }}>
        <strong style={{ "font-size": "16px" }}>{time()}</strong>
        <StatusBadge status={props.booking.status} />
      </div>
      <div style={{ "margin-top": "4px" }}>
        <Link href={`/bookings/${props.booking.id}`}>{props.booking.clientName}</Link>
        <span style={{ color: "#777" }}> · {props.booking.phone}</span>
      </div>
      <div style={{ color: "#555", "font-size": "14px" }}>
        {props.booking.serviceName} with {props.booking.stylistName} · €
        {(props.booking.priceCents / 100).toFixed(2)}
      </div>
      {props.booking.status === "booked" && props.onArrived && (
        <button
          style={{ "margin-top": "8px", padding: "4px 10px", cursor: "pointer" }}
          onClick={() => props.onArrived?.(props.booking.id)}
        >
          Client arrived
        </button>
      )}
    </div>
  );
}

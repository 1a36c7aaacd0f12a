import { A } from "@solidjs/router";
import type { Appointment } from "../schemas/appointment";
import { formatDateTime } from "../utils/datetime";
import { formatMoney } from "../utils/money";
import { StatusBadge } from "./status-badge";

interface AppointmentCardProps {
  appointment: Appointment;
  clientName: string;
  artistName: string;
}

export function AppointmentCard(props: AppointmentCardProps) {
  return (
    <div class="rounded-lg border border-neutral-800 bg-neutral-900 p-4">
      <div class="flex items-start justify-between">
        <div>
          <A href={`/appointments/${props.appointment.id}`} class="font-semibold hover:underline">
            {props.clientName}
          </A>
          <p class="text-sm text-neutral-400">with {props.artistName}</p>
        </div>
        <StatusBadge status={props.appointment.status} />
      </div>
      <p class="mt-2 text-sm">
        {formatDateTime(props.appointment.starts_at)} · {props.appointment.hours}h
      </p>
      <p class="mt-1 line-clamp-2 text-sm italic text-neutral-300">{props.appointment.design_notes}</p>
      <p class="mt-2 text-xs text-neutral-500">Deposit {formatMoney(props.appointment.deposit_cents)}</p>
    </div>
  );
}

import { createResource, createSignal, For, Show } from "solid-js";
import { bookAppointment, listPetAppointments, updateAppointment } from "../api";
import type { Appointment, AppointmentStatus, Pet, Vet } from "../types";

interface Props {
  pet: Pet;
  vets: Vet[];
}

const STATUS_BADGE: Record<AppointmentStatus, string> = {
  scheduled: "badge-info",
  completed: "badge-success",
  cancelled: "badge-ghost",
  no_show: "badge-warning",
};

const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export default function AppointmentTable(props: Props) {
  const [appointments, { refetch }] = createResource(() => props.pet.id, listPetAppointments);
  const [vetId, setVetId] = createSignal<number | null>(null);
  const [when, setWhen] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string | null>(null);

  const vetName = (id: number) => props.vets.find((v) => v.id === id)?.full_name ?? `#${id}`;

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      refetch();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const book = (event: SubmitEvent) => {
    event.preventDefault();
    const vet = vetId() ?? props.vets[0]?.id;
    if (vet === undefined) return;
    // <input type="datetime-local"> gives YYYY-MM-DDTHH:MM; chrono's NaiveDateTime wants seconds too.
    run(() => bookAppointment({ pet_id: props.pet.id, vet_id: vet, scheduled_at: `${when()}:00`, reason: reason() }));
    setReason("");
  };

  const setStatus = (appointment: Appointment, status: AppointmentStatus) =>
    run(() => updateAppointment(appointment.id, { status }));

  return (
    <div class="card bg-base-100 shadow">
      <div class="card-body">
        <h2 class="card-title">Appointments for {props.pet.name}</h2>
        <Show when={error()}>
          <div role="alert" class="alert alert-error">
            {error()}
          </div>
        </Show>
        <Show when={!appointments.loading} fallback={<span class="loading loading-spinner" />}>
          <div class="overflow-x-auto">
            <table class="table">
              <thead>
                <tr>
                  <th>When</th>
                  <th>Vet</th>
                  <th>Reason</th>
                  <th>Status</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                <For
                  each={appointments()}
                  fallback={
                    <tr>
                      <td colSpan={5} class="text-base-content/60">
                        No appointments yet.
                      </td>
                    </tr>
                  }
                >
                  {(appointment) => (
                    <tr>
                      <td>{formatWhen(appointment.scheduled_at)}</td>
                      <td>{vetName(appointment.vet_id)}</td>
                      <td>
                        {appointment.reason}
                        <Show when={appointment.notes}>
                          <div class="text-xs text-base-content/60">{appointment.notes}</div>
                        </Show>
                      </td>
                      <td>
                        <span class={`badge ${STATUS_BADGE[appointment.status]}`}>
                          {appointment.status.replace("_", " ")}
                        </span>
                      </td>
                      <td class="text-right">
                        <Show when={appointment.status === "scheduled"}>
                          <div class="join">
                            <button class="btn btn-xs btn-success join-item" onClick={() => setStatus(appointment, "completed")}>
                              Done
                            </button>
                            <button class="btn btn-xs join-item" onClick={() => setStatus(appointment, "no_show")}>
                              No-show
                            </button>
                            <button class="btn btn-xs btn-error join-item" onClick={() => setStatus(appointment, "cancelled")}>
                              Cancel
                            </button>
                          </div>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
        <form class="flex flex-wrap items-end gap-2" onSubmit={book}>
          <label class="form-control">
            <span class="label-text">Vet</span>
            <select class="select select-bordered select-sm" onChange={(e) => setVetId(Number(e.currentTarget.value))}>
              <For each={props.vets}>{(vet) => <option value={vet.id}>{vet.full_name} ({vet.specialty})</option>}</For>
            </select>
          </label>
          <label class="form-control">
            <span class="label-text">When</span>
            <input
              class="input input-bordered input-sm"
              type="datetime-local"
              value={when()}
              onInput={(e) => setWhen(e.currentTarget.value)}
              required
            />
          </label>
          <label class="form-control grow">
            <span class="label-text">Reason</span>
            <input class="input input-bordered input-sm" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} required />
          </label>
          <button class="btn btn-primary btn-sm" type="submit" disabled={props.vets.length === 0}>
            Book
          </button>
        </form>
      </div>
    </div>
  );
}

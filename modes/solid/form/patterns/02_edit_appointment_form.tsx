import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { useParams } from "@solidjs/router";
import { getAppointment, listVets, updateAppointment } from "../api";
import { APPOINTMENT_STATUS_VALUES, type Appointment, type AppointmentStatus } from "../types";

export default function EditAppointmentForm() {
  const params = useParams();
  const id = () => Number(params.id);
  const [vetId, setVetId] = createSignal(NaN);
  const [status, setStatus] = createSignal<AppointmentStatus | "">("");
  const [scheduledAt, setScheduledAt] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [notes, setNotes] = createSignal("");
  const [vets] = createResource(listVets);
  const [record] = createResource(id, getAppointment);
  // Fill the form once the record has loaded.
  createEffect(() => {
    const loaded = record();
    if (!loaded) return;
    setVetId(loaded.vet_id ?? NaN);
    setStatus(loaded.status ?? "");
    setScheduledAt((loaded.scheduled_at ?? "").slice(0, 16));
    setReason(loaded.reason ?? "");
    setNotes(loaded.notes ?? "");
  });
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [missing, setMissing] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal<Appointment | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Required fields are checked here, so the user sees every missing one at once.
    const required: [string, boolean][] = [
      ["Vet", Number.isNaN(vetId())],
      ["Status", status() === ""],
      ["Scheduled at", scheduledAt() === ""],
      ["Reason", reason().trim() === ""],
    ];
    const absent = required.filter(([, empty]) => empty).map(([label]) => label);
    setMissing(absent);
    if (absent.length > 0) return;
    setSaving(true);
    try {
      setSaved(await updateAppointment(id(), {
        vet_id: Number.isNaN(vetId()) ? null : vetId(),
        status: status() || null,
        scheduled_at: scheduledAt() ? `${scheduledAt()}:00` : null,
        reason: reason().trim() || null,
        notes: notes().trim() || null,
      }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="card bg-base-100 shadow" onSubmit={submit} noValidate>
      <div class="card-body gap-3">
        <h2 class="card-title">Edit appointment</h2>
        <label class="form-control">
          <span class="label-text">Vet</span>
          <select class="select select-bordered" name="vet_id" value={Number.isNaN(vetId()) ? "" : String(vetId())} onChange={(e) => setVetId(e.currentTarget.value ? Number(e.currentTarget.value) : NaN)}><option value="">Choose…</option><For each={vets() ?? []}>{(vet) => <option value={vet.id}>{vet.full_name}</option>}</For></select>
        </label>
        <label class="form-control">
          <span class="label-text">Status</span>
          <select class="select select-bordered" name="status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as AppointmentStatus)}><option value="">Choose…</option><For each={APPOINTMENT_STATUS_VALUES}>{(value) => <option value={value}>{value}</option>}</For></select>
        </label>
        <label class="form-control">
          <span class="label-text">Scheduled at</span>
          <input class="input input-bordered" name="scheduled_at" type="datetime-local" value={scheduledAt()} onInput={(e) => setScheduledAt(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Reason</span>
          <input class="input input-bordered" name="reason" type="text" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <label class="form-control">
          <span class="label-text">Notes (optional)</span>
          <input class="input input-bordered" name="notes" type="text" value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <Show when={missing().length > 0}>
          <div role="alert" class="alert alert-warning">Please fill in: {missing().join(", ")}</div>
        </Show>
        <Show when={error()}>
          <div role="alert" class="alert alert-error">{error()}</div>
        </Show>
        <Show when={saved()}>
          {(record) => (
            <div role="status" class="alert alert-success">
              Saved appointment #{record().id}.
            </div>
          )}
        </Show>
        <div class="card-actions justify-end">
          <button class="btn btn-primary" type="submit" disabled={saving()}>
            <Show when={saving()}>
              <span class="loading loading-spinner loading-sm" />
            </Show>
            Save changes
          </button>
        </div>
      </div>
    </form>
  );
}

import { createResource, createSignal, For } from "solid-js";
import { useNavigate } from "@solidjs/router";
import { api } from "../api/client";
import { appointmentInputSchema } from "../schemas/appointment";
import { fromInputValue } from "../utils/datetime";

export function NewAppointmentPage() {
  const navigate = useNavigate();
  const [clients] = createResource(api.clients.list);
  const [artists] = createResource(api.artists.list);

  const [clientId, setClientId] = createSignal("");
  const [artistId, setArtistId] = createSignal("");
  const [startsAt, setStartsAt] = createSignal("");
  const [hours, setHours] = createSignal("2");
  const [deposit, setDeposit] = createSignal("50");
  const [notes, setNotes] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [saving, setSaving] = createSignal(false);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const parsed = appointmentInputSchema.safeParse({
      client_id: Number(clientId()),
      artist_id: Number(artistId()),
      starts_at: startsAt() ? fromInputValue(startsAt()) : "",
      hours: Number(hours()),
      deposit_cents: Math.round(Number(deposit()) * 100),
      design_notes: notes(),
      status: "booked",
    });
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        fieldErrors[String(issue.path[0])] = issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const created = await api.appointments.create(parsed.data);
      navigate(`/appointments/${created.id}`);
    } finally {
      setSaving(false);
    }
  };

  const inputClass = "mt-1 w-full rounded border border-neutral-700 bg-neutral-900 p-2";

  return (
    <form onSubmit={onSubmit} class="mx-auto max-w-lg space-y-4">
      <h1 class="text-2xl font-bold">Book an appointment</h1>
      <label class="block">
        <span class="text-sm text-neutral-400">Client</span>
        <select class={inputClass} value={clientId()} onChange={(e) => setClientId(e.currentTarget.value)}>
          <option value="">Pick a client</option>
          <For each={clients()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
        </select>
        <small class="text-red-400">{errors().client_id}</small>
      </label>
      <label class="block">
        <span class="text-sm text-neutral-400">Artist</span>
        <select class={inputClass} value={artistId()} onChange={(e) => setArtistId(e.currentTarget.value)}>
          <option value="">Pick an artist</option>
          <For each={artists()?.filter((a) => a.active)}>{(a) => <option value={a.id}>{a.name}</option>}</For>
        </select>
        <small class="text-red-400">{errors().artist_id}</small>
      </label>
      <label class="block">
        <span class="text-sm text-neutral-400">Starts at</span>
        <input
          type="datetime-local"
          class={inputClass}
          value={startsAt()}
          onInput={(e) => setStartsAt(e.currentTarget.value)}
        />
        <small class="text-red-400">{errors().starts_at}</small>
      </label>
      <div class="grid grid-cols-2 gap-4">
        <label class="block">
          <span class="text-sm text-neutral-400">Hours</span>
          <input
            type="number"
            step="0.5"
            class={inputClass}
            value={hours()}
            onInput={(e) => setHours(e.currentTarget.value)}
          />
          <small class="text-red-400">{errors().hours}</small>
        </label>
        <label class="block">
          <span class="text-sm text-neutral-400">Deposit ($)</span>
          <input
            type="number"
            step="1"
            class={inputClass}
            value={deposit()}
            onInput={(e) => setDeposit(e.currentTarget.value)}
          />
          <small class="text-red-400">{errors().deposit_cents}</small>
        </label>
      </div>
      <label class="block">
        <span class="text-sm text-neutral-400">Design notes</span>
        <textarea rows={4} class={inputClass} value={notes()} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <button
        type="submit"
        disabled={saving()}
        class="w-full rounded bg-red-600 py-2 font-semibold hover:bg-red-500 disabled:opacity-50"
      >
        {saving() ? "Booking…" : "Book it"}
      </button>
    </form>
  );
}

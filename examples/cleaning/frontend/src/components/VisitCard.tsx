import type { Visit } from "../apiClients/visits";
import { formatDay, formatTime } from "../utils/datetime";

type Props = {
  visit: Visit;
  onToggleDone: (visit: Visit) => void;
};

export default function VisitCard(props: Props) {
  return (
    <div class="panel" classList={{ "opacity-60": props.visit.done }}>
      <div class="flex items-center justify-between">
        <strong classList={{ "is-done": props.visit.done }}>{props.visit.client_name}</strong>
        <span class="muted">
          {formatDay(props.visit.date)} · {formatTime(props.visit.date)}
        </span>
      </div>
      <p class="muted">
        {props.visit.cleaner_name} — {props.visit.hours} h
      </p>
      <label class="mt-2 flex items-center gap-2">
        <input
          type="checkbox"
          checked={props.visit.done}
          onChange={() => props.onToggleDone(props.visit)}
        />
        Done
      </label>
    </div>
  );
}

import { A } from "@solidjs/router";
import type { Tutor } from "../lib/types";
import { formatRate } from "../lib/format";

type Props = {
  tutor: Tutor;
};

export default function TutorCard(props: Props) {
  return (
    <div class="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div class="flex items-start justify-between">
        <div>
          <h3 class="text-lg font-semibold text-slate-900">{props.tutor.full_name}</h3>
          <p class="text-sm text-slate-500">{props.tutor.subjects.join(", ")}</p>
        </div>
        <span class="rounded-full bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-700">
          {formatRate(props.tutor.hourly_rate_cents)}
        </span>
      </div>
      <p class="mt-3 line-clamp-3 text-sm text-slate-700">{props.tutor.bio}</p>
      <div class="mt-4 flex items-center justify-between">
        <span
          class="text-xs font-medium"
          classList={{ "text-emerald-600": props.tutor.active, "text-slate-400": !props.tutor.active }}
        >
          {props.tutor.active ? "Taking new students" : "Fully booked"}
        </span>
        <A
          href={`/tutors/${props.tutor.id}`}
          class="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500"
        >
          View profile
        </A>
      </div>
    </div>
  );
}

import { A } from "@solidjs/router";
import type { YogaClass } from "../types";

interface ClassCardProps {
  yogaClass: YogaClass;
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export default function ClassCard(props: ClassCardProps) {
  const full = () => props.yogaClass.spots_left === 0;

  return (
    <div class="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div class="flex items-center justify-between">
        <h3 class="text-lg font-semibold text-gray-800">{props.yogaClass.title}</h3>
        <span class="rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">
          {props.yogaClass.level}
        </span>
      </div>
      <p class="mt-1 text-sm text-gray-500">
        {props.yogaClass.style} · {formatTime(props.yogaClass.starts_at)} ·{" "}
        {props.yogaClass.duration_minutes} min
      </p>
      <p class="mt-2 text-sm" classList={{ "text-red-600": full(), "text-gray-700": !full() }}>
        {full() ? "Class is full" : `${props.yogaClass.spots_left} spots left`}
      </p>
      <A
        href={`/classes/${props.yogaClass.id}`}
        class="mt-3 inline-block rounded bg-teal-600 px-3 py-1 text-sm text-white hover:bg-teal-700"
      >
        Details
      </A>
    </div>
  );
}

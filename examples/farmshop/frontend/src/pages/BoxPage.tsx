import { Show } from "solid-js";
import { useParams } from "@solidjs/router";
import { useBox } from "../hooks/useBoxes";
import { formatMoney } from "../lib/format";

export default function BoxPage() {
  const params = useParams();
  const box = useBox(() => Number(params.id));

  return (
    <section class="mx-auto max-w-3xl px-6 py-8">
      <Show when={box.data} fallback={<p class="text-gray-500">Loading…</p>}>
        {(b) => (
          <>
            <h1 class="text-2xl font-bold">{b().name}</h1>
            <p class="mt-2 capitalize text-gray-600">{b().size} box</p>
            <p class="mt-4 text-xl font-semibold text-green-800">
              {formatMoney(b().price_cents)} a week
            </p>
          </>
        )}
      </Show>
    </section>
  );
}

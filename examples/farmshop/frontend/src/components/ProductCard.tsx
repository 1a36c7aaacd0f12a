import { Show } from "solid-js";
import { A } from "@solidjs/router";
import type { Product } from "../models/Product";
import { formatMoney } from "../lib/format";
import SeasonBadge from "./SeasonBadge";

export default function ProductCard(props: { product: Product; onHide?: (id: number) => void }) {
  return (
    <div class="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div class="flex items-start justify-between gap-2">
        <h3 class="text-base font-semibold text-gray-900">
          <A href={`/products/${props.product.id}`}>{props.product.name}</A>
        </h3>
        <SeasonBadge inSeason={props.product.in_season} />
      </div>
      <p class="mt-2 text-sm text-gray-600">
        {formatMoney(props.product.price_cents)} / {props.product.unit}
      </p>
      <Show when={props.onHide}>
        <button
          type="button"
          class="mt-3 text-sm text-red-600 hover:underline"
          onClick={() => props.onHide?.(props.product.id)}
        >
          Hide from shop
        </button>
      </Show>
    </div>
  );
}

import type { Cake } from "../interfaces";

interface CakeCardProps {
  cake: Cake;
  onOrder?: (cake: Cake) => void;
}

export default function CakeCard(props: CakeCardProps) {
  return (
    <div class="rounded border border-gray-200 bg-white p-4">
      <h3 class="text-lg font-semibold">{props.cake.name}</h3>
      <p class="text-sm text-gray-500">{props.cake.flavour}</p>
      <div class="mt-2 flex items-center justify-between">
        <span class="font-mono">${(props.cake.price_cents / 100).toFixed(2)}</span>
        <span class="text-sm">Serves {props.cake.serves}</span>
      </div>
      {props.onOrder && (
        <button
          type="button"
          class="mt-3 w-full rounded bg-pink-500 px-3 py-1 text-white hover:bg-pink-600"
          onClick={() => props.onOrder?.(props.cake)}
        >
          Order this cake
        </button>
      )}
    </div>
  );
}

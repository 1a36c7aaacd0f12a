import { A } from "@solidjs/router";
import type { Plant } from "../models/Plant";
import { formatCurrency } from "../utils/formatCurrency";

interface PlantCardProps {
  plant: Plant;
}

export default function PlantCard(props: PlantCardProps) {
  return (
    <div class="border border-gray-300 rounded p-4 bg-white">
      <h3 class="font-bold text-lg">{props.plant.name}</h3>
      <p class="italic text-gray-600">{props.plant.species}</p>
      <p class="mt-2">Pot: {props.plant.potSize}</p>
      <p>{formatCurrency(props.plant.priceCents)}</p>
      <p class={props.plant.stock < 5 ? "text-red-600" : "text-gray-700"}>
        {props.plant.stock} in stock
      </p>
      <A href={`/plants/${props.plant.id}`} class="inline-block mt-3 underline text-green-700">
        View
      </A>
    </div>
  );
}

import type { Component } from "solid-js";
import "./PlantCard.css";

interface Props {
  name: string;
  accent: string;
}

// One plant, as a card with its name and a buy button.
export default function PlantCard(props: Props) {
  return (
    <div class="p-4 rounded-lg bg-white flex flex-col gap-2">
      <h2 class="text-xl font-bold" style={{ color: props.accent }}>{props.name}</h2>
      <p class="fancy text-center py-2 px-4" style={{ "box-shadow": "0 1px 2px #000" }}>In stock</p>
      <button class="btn rounded bg-[#336699]">Buy</button>
    </div>
  );
}

export const Badge: Component<{ text: string }> = (props) => {
  return <span style="font-size: 12px; color: #fff">{props.text}</span>;
};

import { A } from "@solidjs/router";
import { format } from "date-fns";
import type { Walk } from "../../types/Walk";
import { formatPrice } from "../../utils/money";

type Props = {
  walk: Walk;
};

export default function WalkCard(props: Props) {
  return (
    <div class="border rounded p-3">
      <h3 class="font-bold">
        {props.walk.dog_name} with {props.walk.walker_name}
      </h3>
      <p>{format(new Date(props.walk.starts_at), "EEE d MMM, HH:mm")}</p>
      <p>
        {props.walk.minutes} min · ${formatPrice(props.walk.price_cents)}
      </p>
      <p>Status: {props.walk.status}</p>
      <A href={`/walks/${props.walk.id}`}>Details</A>
    </div>
  );
}

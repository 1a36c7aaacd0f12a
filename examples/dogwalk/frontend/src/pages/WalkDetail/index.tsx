import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { format } from "date-fns";
import { walkService } from "../../services/walkService";
import { formatPrice } from "../../utils/money";

export default function WalkDetail() {
  const params = useParams();
  const [walk] = createResource(() => params.id, walkService.getById);

  return (
    <Show when={walk()} fallback={<span class="loading loading-spinner" />}>
      {(w) => (
        <div class="card bg-base-100 shadow">
          <div class="card-body">
            <h1 class="card-title">
              {w().dog_name} with {w().walker_name}
            </h1>
            <p>{format(new Date(w().starts_at), "EEEE d MMMM yyyy, HH:mm")}</p>
            <p>{w().minutes} minutes</p>
            <p>Price: ${formatPrice(w().price_cents)}</p>
            <div class="badge badge-outline">{w().status}</div>
            <div class="card-actions justify-end">
              <A href="/walks" class="btn btn-ghost">
                Back to walks
              </A>
            </div>
          </div>
        </div>
      )}
    </Show>
  );
}

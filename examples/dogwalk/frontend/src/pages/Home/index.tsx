import { A } from "@solidjs/router";
import { format } from "date-fns";

export default function Home() {
  return (
    <section class="hero min-h-64 bg-base-100">
      <div class="hero-content text-center">
        <div>
          <h1 class="text-3xl font-bold">Happy Paws Walks</h1>
          <p class="py-4">Today is {format(new Date(), "EEEE d MMMM")}.</p>
          <A href="/walks" class="btn btn-primary">
            See the walks
          </A>
        </div>
      </div>
    </section>
  );
}

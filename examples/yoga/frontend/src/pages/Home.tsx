import { A } from "@solidjs/router";

export default function Home() {
  return (
    <div class="hero rounded-box bg-base-100 py-16">
      <div class="hero-content text-center">
        <div>
          <h1 class="text-4xl font-bold">Breathe. Move. Rest.</h1>
          <p class="py-4">Small classes for every level, seven days a week.</p>
          <A href="/classes" class="btn btn-primary">
            See this week's classes
          </A>
        </div>
      </div>
    </div>
  );
}

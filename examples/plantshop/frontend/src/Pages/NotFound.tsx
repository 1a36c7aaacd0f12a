import { A } from "@solidjs/router";

export default function NotFound() {
  return (
    <div class="hero min-h-[50vh]">
      <div class="hero-content text-center">
        <div>
          <h1 class="text-3xl font-bold">Page not found</h1>
          <A href="/" class="btn btn-primary mt-4">
            Back home
          </A>
        </div>
      </div>
    </div>
  );
}

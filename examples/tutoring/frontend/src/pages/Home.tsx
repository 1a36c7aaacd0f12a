import { A } from "@solidjs/router";

export default function Home() {
  return (
    <div class="py-12 text-center">
      <h1 class="text-4xl font-bold text-slate-900">One-to-one tutoring that works</h1>
      <p class="mt-4 text-slate-600">Math, science and languages, from grade 3 to college prep.</p>
      <A href="/tutors" class="btn btn-primary mt-8">
        Meet our tutors
      </A>
    </div>
  );
}

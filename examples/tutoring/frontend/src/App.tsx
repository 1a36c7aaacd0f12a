import type { ParentComponent } from "solid-js";
import { A } from "@solidjs/router";

const App: ParentComponent = (props) => {
  return (
    <>
      <nav class="bg-slate-800 text-white">
        <div class="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
          <A href="/" class="font-bold">
            BrightPath Tutoring
          </A>
          <A href="/tutors" activeClass="underline">
            Tutors
          </A>
        </div>
      </nav>
      <main class="mx-auto max-w-6xl px-4 py-6">{props.children}</main>
    </>
  );
};

export default App;

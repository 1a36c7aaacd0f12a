import type { RouteSectionProps } from "@solidjs/router";
import NavBar from "./components/NavBar";

export default function App(props: RouteSectionProps) {
  return (
    <div class="min-h-screen bg-base-200">
      <NavBar />
      <main class="container mx-auto p-4">{props.children}</main>
    </div>
  );
}

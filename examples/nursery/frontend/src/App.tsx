import { createSignal } from "solid-js";
import CustomerForm from "./components/CustomerForm";
import PlantList from "./components/PlantList";
import PlantSearch from "./components/PlantSearch";
import RunningLow from "./components/RunningLow";

// One page for now; the other screens get their own addresses once they exist.
export default function App() {
  const [lastSignUp, setLastSignUp] = createSignal<string | null>(null);

  return (
    <div class="min-h-screen">
      <div class="navbar bg-primary text-primary-content">
        <span class="btn btn-ghost text-xl">Greenhouse Lane Nursery</span>
      </div>
      <main class="container mx-auto grid gap-6 p-6 lg:grid-cols-[3fr_2fr]">
        <section class="space-y-6">
          <PlantSearch />
          <PlantList />
        </section>
        <section class="space-y-6">
          <RunningLow />
          <CustomerForm onSaved={(customer) => setLastSignUp(customer.full_name)} />
          {lastSignUp() && <div class="alert alert-success">Welcome, {lastSignUp()}!</div>}
        </section>
      </main>
    </div>
  );
}

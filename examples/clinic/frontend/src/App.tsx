import { createResource } from "solid-js";
import { listOwners } from "./api";
import OwnerForm from "./components/OwnerForm";
import OwnerList from "./components/OwnerList";

export default function App() {
  const [owners, { refetch }] = createResource(listOwners);
  return (
    <main class="container mx-auto p-6 space-y-6">
      <h1 class="text-3xl font-bold">Clinic</h1>
      <OwnerForm onCreated={refetch} />
      <OwnerList owners={owners() ?? []} loading={owners.loading} />
    </main>
  );
}

import { createResource, For } from "solid-js";
import { listActiveSuppliers } from "../api";

interface Props {
  value: number | null;
  onChange: (supplierId: number) => void;
}

// Choose one of the suppliers we still order from. Not styled yet.
export default function SupplierPicker(props: Props) {
  const [suppliers] = createResource(listActiveSuppliers);

  return (
    <label>
      <span>Supplier</span>
      <select value={props.value ?? ""} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        <option value="" disabled>
          Pick a supplier
        </option>
        <For each={suppliers()}>{(supplier) => <option value={supplier.id}>{supplier.name} ({supplier.region})</option>}</For>
      </select>
    </label>
  );
}

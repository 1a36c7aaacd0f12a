import { createContext, createSignal, useContext, type Accessor, type ParentProps } from "solid-js";
import type { Owner } from "../types";

export interface SelectedOwnerContextValue {
  selectedOwner: Accessor<Owner | null>;
  setSelectedOwner: (value: Owner | null) => void;
}

const SelectedOwnerContext = createContext<SelectedOwnerContextValue>();

/** Holds the selected owner for everything rendered inside it. */
export function SelectedOwnerProvider(props: ParentProps) {
  const [selectedOwner, setSelectedOwner] = createSignal<Owner | null>(null);
  return <SelectedOwnerContext.Provider value={{ selectedOwner, setSelectedOwner }}>{props.children}</SelectedOwnerContext.Provider>;
}

/** The selected owner; only inside a <SelectedOwnerProvider>, which this says when it is missing. */
export function useSelectedOwner(): SelectedOwnerContextValue {
  const value = useContext(SelectedOwnerContext);
  if (!value) throw new Error("useSelectedOwner must be used inside <SelectedOwnerProvider>");
  return value;
}

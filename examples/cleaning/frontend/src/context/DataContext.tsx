import { createContext, createResource, useContext, type ParentProps, type Resource } from "solid-js";
import { fetchClients, type Client } from "../apiClients/clients";
import { fetchCleaners, type Cleaner } from "../apiClients/cleaners";

type DataContextValue = {
  clients: Resource<Client[]>;
  cleaners: Resource<Cleaner[]>;
  refetchClients: () => void;
  refetchCleaners: () => void;
  clientById: (id: number) => Client | undefined;
  cleanerById: (id: number) => Cleaner | undefined;
};

const DataContext = createContext<DataContextValue>();

export function DataProvider(props: ParentProps) {
  const [clients, { refetch: refetchClients }] = createResource(fetchClients);
  const [cleaners, { refetch: refetchCleaners }] = createResource(fetchCleaners);

  const value: DataContextValue = {
    clients,
    cleaners,
    refetchClients: () => void refetchClients(),
    refetchCleaners: () => void refetchCleaners(),
    clientById: (id) => clients()?.find((c) => c.id === id),
    cleanerById: (id) => cleaners()?.find((c) => c.id === id),
  };

  return <DataContext.Provider value={value}>{props.children}</DataContext.Provider>;
}

export function useData(): DataContextValue {
  const ctx = useContext(DataContext);
  if (!ctx) throw new Error("useData must be used inside <DataProvider>");
  return ctx;
}

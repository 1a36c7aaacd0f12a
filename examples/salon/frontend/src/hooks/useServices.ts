import { createResource, createSignal } from "solid-js";
import { apiFetch } from "../lib/request";
import type { Service, ServiceInput } from "../types/types";

export function useServices() {
  return createResource(() => apiFetch<Service[]>("/services"));
}

export function useService(id: () => string) {
  return createResource(id, (serviceId) => apiFetch<Service>(`/services/${serviceId}`));
}

export function useCreateService() {
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const createService = async (input: ServiceInput) => {
    setSaving(true);
    setError(undefined);
    try {
      return await apiFetch<Service>("/services", {
        method: "POST",
        body: JSON.stringify(input),
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      setSaving(false);
    }
  };

  return { createService, saving, error };
}

export function useUpdateService() {
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const updateService = async (id: number, input: ServiceInput) => {
    setSaving(true);
    setError(undefined);
    try {
      return await apiFetch<Service>(`/services/${id}`, {
        method: "PUT",
        body: JSON.stringify(input),
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    } finally {
      setSaving(false);
    }
  };

  return { updateService, saving, error };
}

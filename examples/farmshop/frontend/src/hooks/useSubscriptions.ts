import { createMutation, createQuery, useQueryClient } from "@tanstack/solid-query";
import { getSubscriptions } from "../api/getSubscriptions";
import { getSubscription } from "../api/getSubscription";
import { createSubscription } from "../api/createSubscription";
import { updateSubscription } from "../api/updateSubscription";
import type { SubscriptionUpdate } from "../models/Subscription";

export function useSubscriptions() {
  return createQuery(() => ({
    queryKey: ["subscriptions"],
    queryFn: getSubscriptions,
  }));
}

export function useSubscription(id: () => number) {
  return createQuery(() => ({
    queryKey: ["subscriptions", id()],
    queryFn: () => getSubscription(id()),
    enabled: Number.isFinite(id()),
  }));
}

export function useCreateSubscription() {
  const queryClient = useQueryClient();
  return createMutation(() => ({
    mutationFn: createSubscription,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["subscriptions"] });
    },
  }));
}

export function useUpdateSubscription() {
  const queryClient = useQueryClient();
  return createMutation(() => ({
    mutationFn: (vars: { id: number; input: SubscriptionUpdate }) =>
      updateSubscription(vars.id, vars.input),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["subscriptions"] });
    },
  }));
}

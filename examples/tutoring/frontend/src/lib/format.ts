const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** 4550 -> "$45.50" */
export function formatMoney(cents: number): string {
  return usd.format(cents / 100);
}

/** 4550 -> "$45.50/h" */
export function formatRate(hourlyRateCents: number): string {
  return `${formatMoney(hourlyRateCents)}/h`;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

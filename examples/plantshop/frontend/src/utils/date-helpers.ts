export function formatDeliveryDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00`);
  return date.toLocaleDateString("en-IE", {
    weekday: "short",
    day: "numeric",
    month: "short",
  });
}

export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

export function isPast(isoDay: string): boolean {
  return isoDay < todayIso();
}

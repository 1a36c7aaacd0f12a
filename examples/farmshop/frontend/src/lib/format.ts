const money = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
});

/** 1250 -> "£12.50" */
export function formatMoney(cents: number): string {
  return money.format(cents / 100);
}

const day = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** "2026-12-14" -> "Mon 14 Dec 2026" */
export function formatDate(iso: string): string {
  return day.format(new Date(`${iso}T00:00:00`));
}

/** 1250 -> "12.50" (prices are stored in cents). */
export function formatPrice(cents: number): string {
  return (cents / 100).toFixed(2);
}

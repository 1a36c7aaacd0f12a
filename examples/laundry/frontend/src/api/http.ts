export async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) {
    const detail = await res.text().catch(() => "");
    throw new Error(`Request failed (${res.status}) ${detail}`.trim());
  }
  return (await res.json()) as T;
}

export const jsonHeaders = { "Content-Type": "application/json" };

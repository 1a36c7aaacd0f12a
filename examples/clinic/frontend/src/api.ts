export interface Owner {
  id: number;
  full_name: string;
  email: string;
  phone: string | null;
  created_at: string;
}

export interface NewOwner {
  full_name: string;
  email: string;
  phone: string | null;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/api${path}`, {
    headers: { "Content-Type": "application/json" },
    ...init,
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${await response.text()}`);
  }
  return response.json() as Promise<T>;
}

export const listOwners = () => request<Owner[]>("/owners");
export const createOwner = (owner: NewOwner) =>
  request<Owner>("/owners", { method: "POST", body: JSON.stringify(owner) });

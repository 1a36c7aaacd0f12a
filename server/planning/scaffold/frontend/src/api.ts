// Typed client for the Actix backend (the crate one folder up). The types are the Rust structs'
// JSON, kept in sync by nocodo's types.typescript mode in ./types.ts; nocodo writes one function
// per handler of the backend below the marker as the plan's tasks add them.

export class ApiError extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...init?.headers },
  });
  if (!response.ok) {
    throw new ApiError(response.status, (await response.text()) || response.statusText);
  }
  return (response.status === 204 ? undefined : response.json()) as Promise<T>;
}

const post = <T>(path: string, body: unknown) => request<T>(path, { method: "POST", body: JSON.stringify(body) });
const remove = (path: string) => request<void>(path, { method: "DELETE" });

// nocodo: the backend's handlers

// Everything the app asks the studio API. Paths are relative: Vite proxies /api in dev.

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    throw new Error(`${method} ${path} failed: ${res.status}`);
  }
  return (await res.json()) as T;
}

// pupils

export function queryPupils() {
  return send<Pupil[]>("GET", "/api/pupils");
}

export function queryPupil(id: number | string) {
  return send<Pupil>("GET", `/api/pupils/${id}`);
}

export function createPupil(pupil: NewPupil) {
  return send<Pupil>("POST", "/api/pupils", pupil);
}

export function updatePupil(id: number | string, pupil: NewPupil) {
  return send<Pupil>("PUT", `/api/pupils/${id}`, pupil);
}

// lessons

export function queryLessons() {
  return send<Lesson[]>("GET", "/api/lessons");
}

export function queryLesson(id: number | string) {
  return send<Lesson>("GET", `/api/lessons/${id}`);
}

export function createLesson(lesson: NewLesson) {
  return send<Lesson>("POST", "/api/lessons", lesson);
}

export function updateLesson(id: number | string, lesson: NewLesson) {
  return send<Lesson>("PUT", `/api/lessons/${id}`, lesson);
}

// recitals

export function queryRecitals() {
  return send<Recital[]>("GET", "/api/recitals");
}

export function queryRecital(id: number | string) {
  return send<Recital>("GET", `/api/recitals/${id}`);
}

export function createRecital(recital: NewRecital) {
  return send<Recital>("POST", "/api/recitals", recital);
}

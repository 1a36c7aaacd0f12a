import type { Teacher, TeacherInput } from "../types";
import { request } from "./request";

export function getTeachers(): Promise<Teacher[]> {
  return request<Teacher[]>("/teachers");
}

export function getTeacherById(id: number | string): Promise<Teacher> {
  return request<Teacher>(`/teachers/${id}`);
}

export function createTeacher(input: TeacherInput): Promise<Teacher> {
  return request<Teacher>("/teachers", {
    method: "POST",
    body: JSON.stringify(input),
  });
}

export function updateTeacher(id: number, input: TeacherInput): Promise<Teacher> {
  return request<Teacher>(`/teachers/${id}`, {
    method: "PUT",
    body: JSON.stringify(input),
  });
}

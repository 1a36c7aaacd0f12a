import type { YogaClass, YogaClassInput } from "../types";
import { request } from "./request";

export function getClasses(): Promise<YogaClass[]> {
  return request<YogaClass[]>("/classes");
}

export function getClassById(id: number | string): Promise<YogaClass> {
  return request<YogaClass>(`/classes/${id}`);
}

export function getClassesByTeacher(teacherId: number | string): Promise<YogaClass[]> {
  return request<YogaClass[]>(`/teachers/${teacherId}/classes`);
}

export function createClass(input: YogaClassInput): Promise<YogaClass> {
  return request<YogaClass>("/classes", {
    method: "POST",
    body: JSON.stringify(input),
  });
}

export function updateClass(id: number, input: YogaClassInput): Promise<YogaClass> {
  return request<YogaClass>(`/classes/${id}`, {
    method: "PUT",
    body: JSON.stringify(input),
  });
}

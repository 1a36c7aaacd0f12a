import http from "./http";
import type { Dog, NewDog } from "../types/Dog";

export const dogService = {
  async getAll(): Promise<Dog[]> {
    const { data } = await http.get<Dog[]>("/dogs");
    return data;
  },

  async getById(id: number | string): Promise<Dog> {
    const { data } = await http.get<Dog>(`/dogs/${id}`);
    return data;
  },

  async create(dog: NewDog): Promise<Dog> {
    const { data } = await http.post<Dog>("/dogs", dog);
    return data;
  },

  async update(id: number | string, dog: Partial<NewDog>): Promise<Dog> {
    const { data } = await http.put<Dog>(`/dogs/${id}`, dog);
    return data;
  },
};

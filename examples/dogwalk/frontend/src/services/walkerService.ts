import http from "./http";
import type { NewWalker, Walker } from "../types/Walker";

export const walkerService = {
  async getAll(): Promise<Walker[]> {
    const { data } = await http.get<Walker[]>("/walkers");
    return data;
  },

  async getById(id: number | string): Promise<Walker> {
    const { data } = await http.get<Walker>(`/walkers/${id}`);
    return data;
  },

  async create(walker: NewWalker): Promise<Walker> {
    const { data } = await http.post<Walker>("/walkers", walker);
    return data;
  },

  async update(id: number | string, walker: Partial<NewWalker>): Promise<Walker> {
    const { data } = await http.put<Walker>(`/walkers/${id}`, walker);
    return data;
  },
};

import http from "./http";
import type { NewWalk, Walk } from "../types/Walk";

export const walkService = {
  async getAll(): Promise<Walk[]> {
    const { data } = await http.get<Walk[]>("/walks");
    return data;
  },

  async getById(id: number | string): Promise<Walk> {
    const { data } = await http.get<Walk>(`/walks/${id}`);
    return data;
  },

  async create(walk: NewWalk): Promise<Walk> {
    const { data } = await http.post<Walk>("/walks", walk);
    return data;
  },

  async update(id: number | string, walk: Partial<NewWalk>): Promise<Walk> {
    const { data } = await http.put<Walk>(`/walks/${id}`, walk);
    return data;
  },
};

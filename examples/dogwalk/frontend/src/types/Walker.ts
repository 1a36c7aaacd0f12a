export interface Walker {
  id: number;
  name: string;
  phone: string;
  active: boolean;
}

export type NewWalker = Omit<Walker, "id">;

export interface Dog {
  id: number;
  name: string;
  owner_name: string;
  breed: string;
}

export type NewDog = Omit<Dog, "id">;

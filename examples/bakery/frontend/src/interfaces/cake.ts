export interface Cake {
  id: number;
  name: string;
  flavour: string;
  price_cents: number;
  serves: number;
}

export interface NewCake {
  name: string;
  flavour: string;
  price_cents: number;
  serves: number;
}

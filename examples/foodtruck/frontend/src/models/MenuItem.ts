export type MenuCategory = "tacos" | "burritos" | "sides" | "drinks" | "desserts";

export interface MenuItem {
  id: number;
  name: string;
  description: string;
  category: MenuCategory;
  /** price in dollars, e.g. 4.5 */
  price: number;
  spicy: boolean;
  vegetarian: boolean;
  available: boolean;
}

export type MenuItemDraft = Omit<MenuItem, "id">;

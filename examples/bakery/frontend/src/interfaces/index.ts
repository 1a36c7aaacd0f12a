export * from "./customer";
export * from "./cake";
export * from "./order";

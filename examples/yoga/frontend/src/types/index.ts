export * from "./Teacher";
export * from "./YogaClass";
export * from "./Booking";

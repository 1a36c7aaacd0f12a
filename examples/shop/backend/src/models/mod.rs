pub mod customer;
pub mod enums;
pub mod order;
pub mod order_item;
pub mod product;
pub mod review;

#![allow(dead_code, unused_imports)]

mod models;
mod schema;

fn main() {}

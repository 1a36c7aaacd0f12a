#![allow(dead_code)]

mod models;
mod schema;

fn main() {}

#![allow(dead_code)]
#![allow(unused_imports)]

mod models;
mod schema;

fn main() {}

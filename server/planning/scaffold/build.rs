// Rebuild when a migration is added: db.rs embeds the migrations/ folder into the binary.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}

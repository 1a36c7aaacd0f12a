pub mod bookings_controller;
pub mod game_results_controller;
pub mod rooms_controller;

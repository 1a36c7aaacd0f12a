use std::sync::Arc;

use actix_web::{error, web, HttpResponse};
use serde::Deserialize;

use crate::api::rehearsals::RehearsalResponse;
use crate::db::models::NewRehearsal;
use crate::db::repository;
use crate::AppState;

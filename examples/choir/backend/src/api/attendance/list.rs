use std::sync::Arc;

use actix_web::{error, web, HttpResponse};
use serde::Serialize;

use crate::db::models::Attendance;
use crate::db::repository;
use crate::AppState;

use std::sync::Arc;

use actix_web::{error, web, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::db::models::NewAttendance;
use crate::db::repository;
use crate::AppState;

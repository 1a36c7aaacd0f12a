use actix_web::{web, HttpResponse, Responder};
use serde_json::json;

use crate::actions;
use crate::db::DbConn;
use crate::models::NewOuting;

use std::sync::Arc;

use actix_web::{error, web, HttpResponse};
use serde::Deserialize;

use crate::api::members::MemberResponse;
use crate::db::models::MemberChanges;
use crate::db::repository;
use crate::AppState;

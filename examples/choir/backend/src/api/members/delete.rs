use std::sync::Arc;

use actix_web::{error, web, HttpResponse};

use crate::db::repository;
use crate::AppState;

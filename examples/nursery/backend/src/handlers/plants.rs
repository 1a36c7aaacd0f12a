// Handlers for the plants we sell. (To be written.)
#![allow(unused_imports)]

use actix_web::{delete, get, patch, post, put, web, HttpResponse};

use crate::db::DbPool;
use crate::handlers::HandlerError;
use crate::models::plant::{NewPlant, Plant, PlantChanges};

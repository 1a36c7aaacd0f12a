use actix_web::{web, HttpResponse, Responder};
use diesel::prelude::*;

use crate::models::{Hire, NewHire};
use crate::schema::hires;
use crate::Pool;


//! Scores from the Friday tasting panel, one row per taster and batch (table `tasting_notes`,
//! added in the 2025-01-20 migration). The structs and queries are still to be written.
#![allow(unused_imports)]

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::DbPool;
use crate::schema::tasting_notes;

// structs for tasting_notes

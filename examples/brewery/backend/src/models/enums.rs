use serde::{Deserialize, Serialize};

/// Where a batch is in the brewhouse, stored in `batches.status` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchStatus {
    Planned,
    Fermenting,
    Conditioning,
    Packaged,
    Dumped,
}

impl BatchStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            BatchStatus::Planned => "planned",
            BatchStatus::Fermenting => "fermenting",
            BatchStatus::Conditioning => "conditioning",
            BatchStatus::Packaged => "packaged",
            BatchStatus::Dumped => "dumped",
        }
    }

    pub fn from_db(value: &str) -> Option<BatchStatus> {
        match value {
            "planned" => Some(BatchStatus::Planned),
            "fermenting" => Some(BatchStatus::Fermenting),
            "conditioning" => Some(BatchStatus::Conditioning),
            "packaged" => Some(BatchStatus::Packaged),
            "dumped" => Some(BatchStatus::Dumped),
            _ => None,
        }
    }

    /// Whether the beer is still sitting in its tank.
    pub fn in_tank(&self) -> bool {
        matches!(self, BatchStatus::Fermenting | BatchStatus::Conditioning)
    }
}

/// What sort of trade customer we sell to, stored in `customers.kind` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerKind {
    Pub,
    Shop,
    Restaurant,
    Festival,
}

impl CustomerKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            CustomerKind::Pub => "pub",
            CustomerKind::Shop => "shop",
            CustomerKind::Restaurant => "restaurant",
            CustomerKind::Festival => "festival",
        }
    }

    pub fn from_db(value: &str) -> Option<CustomerKind> {
        match value {
            "pub" => Some(CustomerKind::Pub),
            "shop" => Some(CustomerKind::Shop),
            "restaurant" => Some(CustomerKind::Restaurant),
            "festival" => Some(CustomerKind::Festival),
            _ => None,
        }
    }
}

/// Where a repair job has got to. Stored as text in `repair_jobs.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobStatus {
    Booked,
    InProgress,
    WaitingForParts,
    Ready,
    Collected,
    Cancelled,
}

impl JobStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            JobStatus::Booked => "booked",
            JobStatus::InProgress => "in_progress",
            JobStatus::WaitingForParts => "waiting_for_parts",
            JobStatus::Ready => "ready",
            JobStatus::Collected => "collected",
            JobStatus::Cancelled => "cancelled",
        }
    }
}

/// What shape a second-hand bike is in. Stored as text in `used_bikes.condition`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BikeCondition {
    AsNew,
    Good,
    Fair,
    NeedsWork,
}

impl BikeCondition {
    pub fn as_str(&self) -> &'static str {
        match self {
            BikeCondition::AsNew => "as_new",
            BikeCondition::Good => "good",
            BikeCondition::Fair => "fair",
            BikeCondition::NeedsWork => "needs_work",
        }
    }
}

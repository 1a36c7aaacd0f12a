/// Where a lesson stands. Stored in `lessons.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    Booked,
    Completed,
    Cancelled,
    NoShow,
}

impl LessonStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            LessonStatus::Booked => "booked",
            LessonStatus::Completed => "completed",
            LessonStatus::Cancelled => "cancelled",
            LessonStatus::NoShow => "no_show",
        }
    }
}

/// How a driving test went. Stored in `driving_tests.outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestOutcome {
    Booked,
    Passed,
    Failed,
    Cancelled,
}

impl TestOutcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            TestOutcome::Booked => "booked",
            TestOutcome::Passed => "passed",
            TestOutcome::Failed => "failed",
            TestOutcome::Cancelled => "cancelled",
        }
    }
}

/// How a student paid. Stored in `payments.method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentMethod {
    Cash,
    Card,
    BankTransfer,
}

impl PaymentMethod {
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentMethod::Cash => "cash",
            PaymentMethod::Card => "card",
            PaymentMethod::BankTransfer => "bank_transfer",
        }
    }
}

/// A car's gearbox. Stored in `cars.gearbox`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gearbox {
    Manual,
    Automatic,
}

impl Gearbox {
    pub fn as_str(&self) -> &'static str {
        match self {
            Gearbox::Manual => "manual",
            Gearbox::Automatic => "automatic",
        }
    }
}

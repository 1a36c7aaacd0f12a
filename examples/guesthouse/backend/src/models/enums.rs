/// Where a booking is in its life, stored in `bookings.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingStatus {
    Provisional,
    Confirmed,
    CheckedIn,
    CheckedOut,
    Cancelled,
    NoShow,
}

impl BookingStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingStatus::Provisional => "provisional",
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::CheckedIn => "checked_in",
            BookingStatus::CheckedOut => "checked_out",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::NoShow => "no_show",
        }
    }
}

/// How the booking reached us, stored in `bookings.source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingSource {
    Phone,
    Email,
    Website,
    WalkIn,
    Agency,
}

impl BookingSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingSource::Phone => "phone",
            BookingSource::Email => "email",
            BookingSource::Website => "website",
            BookingSource::WalkIn => "walk_in",
            BookingSource::Agency => "agency",
        }
    }
}

/// How a guest paid, stored in `payments.method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentMethod {
    Cash,
    Card,
    BankTransfer,
    Cheque,
}

impl PaymentMethod {
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentMethod::Cash => "cash",
            PaymentMethod::Card => "card",
            PaymentMethod::BankTransfer => "bank_transfer",
            PaymentMethod::Cheque => "cheque",
        }
    }
}

/// What sort of cleaning a room needs, stored in `room_cleanings.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CleaningKind {
    FullClean,
    LinenChange,
    TowelsOnly,
    DeepClean,
}

impl CleaningKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            CleaningKind::FullClean => "full_clean",
            CleaningKind::LinenChange => "linen_change",
            CleaningKind::TowelsOnly => "towels_only",
            CleaningKind::DeepClean => "deep_clean",
        }
    }
}

/// Where a booking stands. Stored as text in `bookings.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingStatus {
    /// Pencilled in, waiting for the deposit.
    Pencilled,
    /// Deposit received, the pitch is held.
    Confirmed,
    /// The guest has arrived and is on site.
    OnSite,
    /// The guest has left.
    Departed,
    /// Called off by the guest or by us.
    Cancelled,
}

impl BookingStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingStatus::Pencilled => "pencilled",
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::OnSite => "on_site",
            BookingStatus::Departed => "departed",
            BookingStatus::Cancelled => "cancelled",
        }
    }
}

/// What sort of pitch it is. Stored as text in `pitches.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PitchKind {
    Tent,
    Caravan,
    Motorhome,
}

impl PitchKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            PitchKind::Tent => "tent",
            PitchKind::Caravan => "caravan",
            PitchKind::Motorhome => "motorhome",
        }
    }
}

/// How a payment was made. Stored as text in `payments.method`.
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

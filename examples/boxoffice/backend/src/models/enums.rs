/// Where a performance stands for selling tickets (`performances.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PerformanceStatus {
    OnSale,
    SoldOut,
    Cancelled,
    Finished,
}

impl PerformanceStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            PerformanceStatus::OnSale => "on_sale",
            PerformanceStatus::SoldOut => "sold_out",
            PerformanceStatus::Cancelled => "cancelled",
            PerformanceStatus::Finished => "finished",
        }
    }
}

/// Where a booking stands for payment (`bookings.status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingStatus {
    Reserved,
    Paid,
    Cancelled,
    Refunded,
}

impl BookingStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingStatus::Reserved => "reserved",
            BookingStatus::Paid => "paid",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::Refunded => "refunded",
        }
    }
}

/// How a booking was made (`bookings.channel`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingChannel {
    Counter,
    Phone,
    Online,
}

impl BookingChannel {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingChannel::Counter => "counter",
            BookingChannel::Phone => "phone",
            BookingChannel::Online => "online",
        }
    }
}

/// Part of the hall a seat is in (`seats.area`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatArea {
    Stalls,
    Circle,
    Balcony,
}

impl SeatArea {
    pub fn as_str(&self) -> &'static str {
        match self {
            SeatArea::Stalls => "stalls",
            SeatArea::Circle => "circle",
            SeatArea::Balcony => "balcony",
        }
    }
}

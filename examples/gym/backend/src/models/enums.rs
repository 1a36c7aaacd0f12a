use serde::{Deserialize, Serialize};

/// The kind of membership a member pays for, stored in `members.tier` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MembershipTier {
    OffPeak,
    Standard,
    Premium,
    Student,
}

impl MembershipTier {
    pub fn as_str(&self) -> &'static str {
        match self {
            MembershipTier::OffPeak => "off_peak",
            MembershipTier::Standard => "standard",
            MembershipTier::Premium => "premium",
            MembershipTier::Student => "student",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "off_peak" => Some(MembershipTier::OffPeak),
            "standard" => Some(MembershipTier::Standard),
            "premium" => Some(MembershipTier::Premium),
            "student" => Some(MembershipTier::Student),
            _ => None,
        }
    }
}

/// Where a booking for a class stands, stored in `bookings.status` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Booked,
    Attended,
    NoShow,
    Cancelled,
}

impl BookingStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookingStatus::Booked => "booked",
            BookingStatus::Attended => "attended",
            BookingStatus::NoShow => "no_show",
            BookingStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "booked" => Some(BookingStatus::Booked),
            "attended" => Some(BookingStatus::Attended),
            "no_show" => Some(BookingStatus::NoShow),
            "cancelled" => Some(BookingStatus::Cancelled),
            _ => None,
        }
    }
}

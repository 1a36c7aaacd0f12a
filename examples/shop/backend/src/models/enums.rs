use serde::{Deserialize, Serialize};

/// Where an order is in its life, stored in `orders.status` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}

impl OrderStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(OrderStatus::Pending),
            "paid" => Some(OrderStatus::Paid),
            "shipped" => Some(OrderStatus::Shipped),
            "delivered" => Some(OrderStatus::Delivered),
            "cancelled" => Some(OrderStatus::Cancelled),
            _ => None,
        }
    }
}

/// How a book is sold, stored in `products.format` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BookFormat {
    Hardcover,
    Paperback,
    Ebook,
    Audiobook,
}

impl BookFormat {
    pub fn as_str(&self) -> &'static str {
        match self {
            BookFormat::Hardcover => "hardcover",
            BookFormat::Paperback => "paperback",
            BookFormat::Ebook => "ebook",
            BookFormat::Audiobook => "audiobook",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hardcover" => Some(BookFormat::Hardcover),
            "paperback" => Some(BookFormat::Paperback),
            "ebook" => Some(BookFormat::Ebook),
            "audiobook" => Some(BookFormat::Audiobook),
            _ => None,
        }
    }
}

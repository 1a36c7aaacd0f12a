// events with a name, a venue, an optional description, a start date and a ticket price
diesel::table! {
    events (id) {
        id -> Integer,
        name -> Text,
        venue -> Text,
        description -> Nullable<Text>,
        starts_on -> Date,
        ticket_price_cents -> BigInt,
    }
}

// tickets sold for an event to a buyer email, with when they were bought and whether they were used
diesel::table! {
    tickets (id) {
        id -> Integer,
        event_id -> Integer,
        buyer_email -> Text,
        bought_at -> Timestamp,
        used -> Bool,
    }
}

// sensor readings with a device name, a temperature, an optional humidity and when it was measured
diesel::table! {
    readings (id) {
        id -> Integer,
        device -> Text,
        temperature -> Double,
        humidity -> Nullable<Double>,
        measured_at -> Timestamp,
    }
}

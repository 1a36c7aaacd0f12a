// customers of an online shop, with an email, a display name, an optional phone and when they signed up
diesel::table! {
    customers (id) {
        id -> Integer,
        email -> Text,
        display_name -> Text,
        phone -> Nullable<Text>,
        signed_up_at -> Timestamp,
    }
}

// products with a stock keeping unit, a title, a price in cents, whether they are in stock and a weight
diesel::table! {
    products (id) {
        id -> Integer,
        sku -> Text,
        title -> Text,
        price_cents -> BigInt,
        in_stock -> Bool,
        weight_grams -> Double,
    }
}

// orders placed by a customer, with a status, a total in cents, when it was placed and when it shipped
diesel::table! {
    orders (id) {
        id -> Integer,
        customer_id -> Integer,
        status -> Text,
        total_cents -> BigInt,
        placed_at -> Timestamp,
        shipped_at -> Nullable<Timestamp>,
    }
}

"""Reading a table's columns and SQL types from a plain description."""

import pytest

from nocodo.modes.diesel.schema.description import plan_columns

TABLES = {"customers", "authors", "warehouses", "books"}


@pytest.mark.parametrize(
    "description, columns",
    [
        (
            "products with a name, a price in cents, a stock count, an optional description and whether they are active",
            ["name -> Text", "price_cents -> Integer", "stock_count -> Integer", "description -> Nullable<Text>", "active -> Bool"],
        ),
        (
            "blog posts with a title, a body, the author, whether it is published and when it was created",
            ["title -> Text", "body -> Text", "author_id -> Integer", "published -> Bool", "created_at -> Timestamp"],
        ),
        (
            "deliveries: the customer, the warehouse, the drop-off date, the parcel weight in kilograms and optional notes",
            ["customer_id -> Integer", "warehouse_id -> Integer", "drop_off_date -> Date", "parcel_weight_kg -> Double", "notes -> Nullable<Text>"],
        ),
        (
            "employees with a full name, a job title, an optional phone and the date they were hired",
            ["full_name -> Text", "job_title -> Text", "phone -> Nullable<Text>", "hired_on -> Date"],
        ),
        (
            "events having a name, a start time, a number of seats and an optional date for the next edition",
            ["name -> Text", "start_at -> Timestamp", "seats -> Integer", "next_edition_date -> Nullable<Date>"],
        ),
        (
            "flights of a traveller: the airline, a booking reference, an optional seat number, a gate number, "
            "when it was boarded, if it has been, and the number of bags",
            ["airline -> Text", "booking_reference -> Text", "seat_number -> Nullable<Text>", "gate_number -> Text",
             "boarded_at -> Nullable<Timestamp>", "bags -> Integer"],
        ),
        (
            "loans of a library book: the book, when it was lent to the reader, the due date and a floor number",
            ["book_id -> Integer", "lent_at -> Timestamp", "due_date -> Date", "floor_number -> Integer"],
        ),
        (
            "tools in the workshop: a label, how many we have, when it was last sharpened (if ever) and whether it is out of order",
            ["label -> Text", "quantity -> Integer", "last_sharpened_at -> Nullable<Timestamp>", "out_of_order -> Bool"],
        ),
        (
            "orders: which customer ordered it, when it was placed, the total in cents",
            ["customer_id -> Integer", "placed_at -> Timestamp", "total_cents -> Integer"],
        ),
        (
            "cleanings of a book: the book, who cleaned it, when it was cleaned and optional notes",
            ["book_id -> Integer", "cleaned_by -> Text", "cleaned_at -> Timestamp", "notes -> Nullable<Text>"],
        ),
        (
            "shirts with a size (small, medium or large), a colour like red or blue and the name we sell it under",
            ["size -> Text", "colour -> Text", "name -> Text"],
        ),
        (
            "visits: the customer who came, the number of guests, whether they showed up",
            ["customer_id -> Integer", "guests -> Integer", "showed_up -> Bool"],
        ),
    ],
)
def test_columns_and_types_follow_the_words(description, columns):
    assert [c.declaration() for c in plan_columns(description, TABLES)] == columns


def test_a_description_without_a_list_plans_nothing():
    assert plan_columns("which student takes which course", TABLES) == []


def test_repeated_and_key_columns_are_left_out():
    planned = plan_columns("tags with a name, an id and a name", TABLES)
    assert [c.name for c in planned] == ["name"]

"""Reading what a request asks of the query from its words, on a schema of its own."""

import pytest

from nocodo.modes.diesel.model_fn.intent import Condition, bind_params, read_intent, stem, suggest_name
from nocodo.modes.diesel.models import read_rust_file
from nocodo.modes.diesel.tables import parse_schema

SCHEMA = parse_schema(
    """
diesel::table! {
    shipments (id) {
        id -> Integer,
        customer_id -> Integer,
        status -> Text,
        carrier -> Text,
        tracking_code -> Nullable<Text>,
        weight_grams -> Integer,
        insured -> Bool,
        created_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
        cost_cents -> BigInt,
    }
}
"""
)
MODELS = read_rust_file(
    """
#[derive(Queryable, Selectable)]
#[diesel(table_name = shipments)]
pub struct Shipment { pub id: i32 }

pub enum ShipmentStatus { Pending, InTransit, Delivered, Returned }

impl ShipmentStatus {
    pub fn as_str(&self) -> &'static str { "" }
}
"""
)
TABLE = SCHEMA.tables["shipments"]
STRUCT = MODELS.struct("Shipment")


def intent(name=None, doc=None):
    return read_intent(name, doc, TABLE, STRUCT, MODELS.enums)


def shown(found):
    return [(c.column, c.op, c.value) for c in found.conditions]


def test_stem_joins_word_forms():
    assert stem("shipped") == stem("shipping") == stem("shipment") == "ship"
    assert stem("delivered") == stem("delivery") == stem("deliver")
    assert stem("paid") == stem("payment")


def test_equality_from_name_and_plain_words():
    assert shown(intent("find_by_carrier")) == [("carrier", "eq", "carrier")]
    found = intent(None, "the shipments of one customer")
    assert found.kind == "vec"
    assert shown(found) == [("customer_id", "eq", "customer_id")]
    assert found.params == [("customer_id", "i32")]


def test_enum_columns_compare_as_str_and_variants_are_literals():
    assert shown(intent("list_by_status")) == [("status", "eq", "status.as_str()")]
    assert intent("list_by_status").params == [("status", "ShipmentStatus")]
    assert shown(intent("list_delivered")) == [("status", "eq", "ShipmentStatus::Delivered.as_str()")]


def test_ranges_and_comparisons_pick_the_column_the_words_name():
    assert shown(intent("delivered_between")) == [("delivered_at", "ge", "from"), ("delivered_at", "le", "to")]
    assert shown(intent("created_since")) == [("created_at", "ge", "since")]
    found = intent(None, "shipments heavier than a given number of grams")
    assert shown(found) == [("weight_grams", "gt", "weight_grams")]
    assert shown(intent("list_cost_under")) == [("cost_cents", "lt", "cost_cents")]


def test_a_range_without_a_column_word_uses_the_main_time_column():
    assert shown(intent("list_between")) == [("created_at", "ge", "from"), ("created_at", "le", "to")]


def test_negations_become_null_checks_or_false_flags():
    assert shown(intent(None, "shipments without a tracking code")) == [("tracking_code", "is_null", None)]
    assert shown(intent("list_uninsured")) == [("insured", "eq", "false")]
    assert shown(intent(None, "shipments not delivered yet")) == [("delivered_at", "is_null", None)]


def test_search_words_become_like_on_a_text_column():
    found = intent("search_by_carrier")
    assert shown(found) == [("carrier", "like", "text")]
    assert Condition("carrier", "like", "text").render("shipments") == 'shipments::carrier.like(format!("%{}%", text))'


def test_order_from_recency_superlatives_and_by():
    assert intent("latest_for_customer").order == ("created_at", "desc")
    assert intent("latest_for_customer").kind == "option"
    assert intent(None, "all shipments, oldest first").order == ("created_at", "asc")
    assert intent(None, "shipments of one customer, heaviest first").order == ("weight_grams", "desc")
    assert intent(None, "shipments of one customer, most expensive first").order == ("cost_cents", "desc")
    assert intent(None, "shipments of one customer, sorted by carrier").order == ("carrier", "asc")


def test_limit_makes_a_list():
    found = intent("recent_for_customer", "The last `limit` shipments of one customer.")
    assert found.kind == "vec" and found.limit == "limit"
    assert ("limit", "i64") in found.params


def test_updates_set_what_the_words_name():
    assert intent("update_carrier").assignments == [("carrier", "carrier")]
    assert intent("mark_delivered").assignments == [("status", "ShipmentStatus::Delivered.as_str()")]
    assert intent("mark_insured").assignments == [("insured", "true")]


def test_words_that_say_nothing_leave_the_model_free():
    found = intent("summarize")
    assert found.kind is None and not found.settled


def test_a_written_signature_renames_the_parameters():
    found = bind_params(intent("delivered_between"), [("start", "NaiveDateTime"), ("end", "NaiveDateTime")])
    assert shown(found) == [("delivered_at", "ge", "start"), ("delivered_at", "le", "end")]
    found = bind_params(intent("find_by_carrier"), [("name", "&str")])
    assert shown(found) == [("carrier", "eq", "name")]


def test_a_condition_the_written_signature_cannot_carry_is_dropped():
    assert shown(bind_params(intent("list_for_customer"), [])) == []


@pytest.mark.parametrize(
    "doc, name",
    [
        ("shipments of one customer without a tracking code", "list_by_customer_without_tracking_code"),
        ("the delivered shipments of one customer", "list_delivered_by_customer"),
        ("shipments created between two dates", "list_created_between"),
    ],
)
def test_a_comment_only_request_gets_a_name(doc, name):
    assert suggest_name(intent(None, doc)) == name

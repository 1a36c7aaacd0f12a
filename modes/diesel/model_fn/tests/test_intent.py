"""Reading what a request asks of the query from its words, on a schema of its own."""

import pytest

from nocodo.modes.diesel.model_fn.intent import Condition, bind_params, param_of, read_intent, stem, suggest_name
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
        remarks -> Nullable<Text>,
    }
}

diesel::table! {
    parts (id) {
        id -> Integer,
        label -> Text,
        stock -> Integer,
        reserved -> Integer,
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
PART = read_rust_file("#[derive(Queryable)]\n#[diesel(table_name = parts)]\npub struct Part { pub id: i32 }\n").struct("Part")


def intent(name=None, doc=None, kind=None):
    return read_intent(name, doc, TABLE, STRUCT, MODELS.enums, kind)


def part_intent(name=None, doc=None):
    return read_intent(name, doc, SCHEMA.tables["parts"], PART, [])


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
    assert intent("mark_delivered").assignments == [
        ("status", "ShipmentStatus::Delivered.as_str()"),
        ("delivered_at", "chrono::Utc::now().naive_utc()"),
    ]
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


def test_a_domain_verb_sets_its_state_and_stamps_its_time():
    found = intent("deliver")
    assert found.kind == "update"
    assert found.assignments == [
        ("status", "ShipmentStatus::Delivered.as_str()"),
        ("delivered_at", "chrono::Utc::now().naive_utc()"),
    ]
    assert intent("insure").assignments == [("insured", "true")]
    # a participle or an adjective names a state to filter by, not an action
    assert intent("delivered_for_customer").kind != "update"


def test_an_update_guarded_by_unless_and_no_longer():
    found = intent("return_shipment", "Send it back, unless it has already been delivered.", kind="update")
    assert shown(found) == [("delivered_at", "is_null", None)]
    assert ("status", "ShipmentStatus::Returned.as_str()") in found.assignments
    found = intent("drop_cover", "The shipment is no longer insured.", kind="update")
    assert found.assignments == [("insured", "false")] and found.conditions == []


def test_presence_of_a_nullable_column():
    assert shown(intent(None, "shipments with a tracking code")) == [("tracking_code", "is_not_null", None)]
    assert shown(intent("latest_with_text")) == [("remarks", "is_not_null", None)]
    assert shown(intent(None, "shipments that have a tracking code, newest first"))[0][1] == "is_not_null"
    assert shown(intent(None, "shipments with a given carrier")) == [("carrier", "eq", "carrier")]


def test_stock_words_compare_and_change_a_number_column():
    assert shown(part_intent("list_out_of_stock")) == [("stock", "le", "0")]
    assert suggest_name(part_intent(None, "parts that are out of stock")) == "list_out_of_stock"
    restock = part_intent("restock")
    assert restock.kind == "update" and restock.assignments == [("stock", "parts::stock + quantity")]
    added = part_intent("receive", "Add a delivered quantity to the stock of one part.")
    assert added.assignments == [("stock", "parts::stock + quantity")] and ("quantity", "i32") in added.params
    taken = part_intent("release", "Reduce the reserved count by an amount.")
    assert taken.assignments == [("reserved", "parts::reserved - amount")]
    assert part_intent("recent_parts").kind != "update"


def test_a_written_time_parameter_replaces_the_clock():
    found = bind_params(intent("deliver"), [("id", "i32"), ("at", "NaiveDateTime")])
    assert ("delivered_at", "at") in found.assignments
    renamed = bind_params(part_intent("restock"), [("id", "i32"), ("count", "i32")])
    assert renamed.assignments == [("stock", "parts::stock + count")]


def test_the_parameter_a_value_reads():
    assert param_of("status.as_str()") == "status"
    assert param_of("parts::stock + quantity") == "quantity"
    assert param_of("chrono::Utc::now().naive_utc()") == param_of("true") == param_of("0") == ""


def test_questions_periods_and_indefinite_keys():
    found = intent(None, "does a customer have a shipment that isn't delivered?")
    assert found.kind == "exists"
    assert ("customer_id", "eq", "customer_id") in shown(found)
    # "isn't delivered": an unset delivery time or a state other than Delivered, both fair
    assert {("delivered_at", "is_null", None), ("status", "ne", "ShipmentStatus::Delivered.as_str()")} & set(shown(found))
    week = intent(None, "shipments one customer created in a given week, newest first")
    assert shown(week) == [("created_at", "ge", "from"), ("created_at", "le", "to"), ("customer_id", "eq", "customer_id")]
    assert shown(intent(None, "shipments sent with a given carrier in a given city")) == [("carrier", "eq", "carrier")]


def test_literal_limits_and_orders_in_words():
    found = intent(None, "the 3 shipments created most recently")
    assert found.kind == "vec" and found.limit == "3" and found.order == ("created_at", "desc") and found.params == []
    assert suggest_name(found) == "list_latest"
    assert intent(None, "all shipments in creation order").order == ("created_at", "asc")
    # "last" as a verb is no order
    assert intent(None, "shipments whose weight grams last more than a limit").order is None


def test_the_table_own_noun_is_not_a_state():
    found = intent("return_shipment", "Mark the shipment returned.", kind="update")
    assert found.assignments == [("status", "ShipmentStatus::Returned.as_str()")]

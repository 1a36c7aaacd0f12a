DROP INDEX payments_member_id_idx;
DROP TABLE payments;
DROP INDEX bookings_member_id_booked_at_idx;
DROP INDEX bookings_class_id_idx;
DROP TABLE bookings;
DROP INDEX classes_starts_at_idx;
DROP TABLE classes;

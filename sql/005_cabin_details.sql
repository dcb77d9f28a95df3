-- One place for what "a cabin" reads as (booking/catalog.py's Cabin): the
-- accommodation's columns with its seasons as a JSON array. The catalog's
-- queries (sql/queries/booking.sql) select from this view, so a new column is
-- added here once instead of in each of them.
CREATE VIEW cabin_details AS
SELECT a.id, a.slug, a.name, a.capacity, a.base_price_cents, a.weekend_price_cents,
       a.min_nights, a.check_in_time, a.check_out_time, a.description, a.address, a.maps_url,
       a.amenities::text AS amenities, a.house_rules::text AS house_rules, a.active,
       a.ical_export_token,
       COALESCE((SELECT json_agg(json_build_object(
                    'id', s.id, 'name', s.name, 'starts_on', s.starts_on, 'ends_on', s.ends_on,
                    'nightly_price_cents', s.nightly_price_cents, 'min_nights', s.min_nights)
                    ORDER BY s.starts_on)
                 FROM seasons s WHERE s.accommodation_id = a.id), '[]')::text AS seasons
FROM accommodations a;

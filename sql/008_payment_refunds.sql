-- Refunds recorded on the payment row (issue: partial refunds were lost).
-- Mercado Pago keeps a partially refunded payment `approved` (status_detail
-- `partially_refunded`) and only moves it to `refunded` once all of it is
-- back; `transaction_amount_refunded` carries the running total. It is kept
-- here in centavos and never decreases (notifications arrive out of order).
ALTER TABLE payments
    ADD COLUMN refunded_cents bigint NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0);

-- Rows stored before: the total from the payment as last fetched, and a
-- payment already `refunded` is refunded in full.
UPDATE payments
SET refunded_cents = GREATEST(
    CASE WHEN jsonb_typeof(raw -> 'transaction_amount_refunded') = 'number'
         THEN round((raw ->> 'transaction_amount_refunded')::numeric * 100)::bigint
         ELSE 0 END,
    CASE WHEN status = 'refunded' THEN amount_cents ELSE 0 END)
WHERE status IN ('approved', 'refunded', 'charged_back');

-- The owner's notices ride on the durable queue of guest notices (booking/guest_notices.py):
-- a new booking, a payment to return, an iCal conflict, a parked message... queued under a
-- key made of the event, delivered right after the commit and retried by the booking jobs
-- while WhatsApp is down. Many are about no reservation (an iCal feed, a guest's message).
ALTER TABLE guest_notices ALTER COLUMN reservation_id DROP NOT NULL;

"""The booking engine: cabins, prices, holds, confirmations. Uses neither bot/ nor sync/."""

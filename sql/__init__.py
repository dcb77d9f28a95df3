"""SQL shipped with the code: forward-only migrations (NNN_name.sql) and named queries."""

"""`serving_app`: what only a long-lived server process gets on top of `create_app`."""

from __future__ import annotations

import gc

from app import serving_app


async def test_a_serving_process_freezes_its_start_up_and_collects_young_objects_less_often(
    settings, aiohttp_client
):
    threshold = gc.get_threshold()
    try:
        client = await aiohttp_client(serving_app(settings))
        assert (await client.get("/api/v1/livez")).status == 200
        assert gc.get_freeze_count() > 10_000  # modules, patterns, the app and its pools
        assert gc.get_threshold() == (10_000, 10, 10)
    finally:  # this test process builds many more apps: leave its collector as it was
        gc.unfreeze()
        gc.set_threshold(*threshold)

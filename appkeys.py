"""Typed application keys: the one place every shared resource is named."""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp
import aiojobs
import asyncpg
import redis.asyncio as aioredis
from aiohttp import web

from settings import Settings

if TYPE_CHECKING:
    from booking.notify import Notifier
    from booking.payments import PaymentGateway
    from bot.inbox import Handler, InboxWorker
    from bot.whatsapp import WhatsAppClient
    from health.routes import SharedChecks

SETTINGS = web.AppKey("settings", Settings)
DB = web.AppKey("db", asyncpg.Pool)
# Two connections of their own for healthz and /metrics: a pool busy with guests is not
# a database that refuses connections (the runbook's alert for the latter would fire).
HEALTH_DB = web.AppKey("health_db", asyncpg.Pool)
HEALTH_CHECKS: web.AppKey[SharedChecks] = web.AppKey("health_checks")
REDIS = web.AppKey("redis", aioredis.Redis)
HTTP = web.AppKey("http", aiohttp.ClientSession)
SCHEDULER = web.AppKey("scheduler", aiojobs.Scheduler)
NOTIFIER: web.AppKey[Notifier] = web.AppKey("notifier")
# iCal feed fetches: own session whose resolver refuses private addresses (SSRF guard).
ICAL_HTTP = web.AppKey("ical_http", aiohttp.ClientSession)
WHATSAPP: web.AppKey[WhatsAppClient] = web.AppKey("whatsapp")
PAYMENTS: web.AppKey[PaymentGateway] = web.AppKey("payments")
# The WhatsApp inbox worker (bot/inbox.py): the webhook nudges it after recording.
INBOX: web.AppKey[InboxWorker] = web.AppKey("inbox")
# What answers a guest message; unset means bot.conversation.handle_message.
# Tests of the transport put a simple echo handler here.
CONVERSATION: web.AppKey[Handler] = web.AppKey("conversation")

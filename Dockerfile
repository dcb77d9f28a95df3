# Production image: the service talks to Fly Postgres and Upstash Redis via
# DATABASE_URL / REDIS_URL, so the embedded servers are never started here.
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY app.py settings.py appkeys.py embedded.py ./
COPY bot ./bot
COPY booking ./booking
COPY sync ./sync
COPY health ./health
COPY sql ./sql
RUN pip install . && useradd --system --home /app cabanas
USER cabanas
ENV ENVIRONMENT=production PORT=8080
EXPOSE 8080
# Migrations run at start under an advisory lock, so two machines starting
# together take turns.
CMD ["python", "-m", "app", "serve"]

"""Hand-written facades over the generated clients: auth, base URLs, retries, typed errors, webhooks."""

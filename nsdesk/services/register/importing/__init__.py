"""nsdesk.services.register.importing."""

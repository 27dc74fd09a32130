"""A small API service with a production team's dependency weight (the build-parity-image benchmark's "api" project)."""

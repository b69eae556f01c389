"""Benchmarks of the generated client against raw httpx (``python -m benchmarks.client_bench``)."""

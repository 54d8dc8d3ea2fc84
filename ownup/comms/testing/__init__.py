"""Real peers for delivery tests and benchmarks: mail servers started on loopback."""

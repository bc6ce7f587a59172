"""The embedded demo: a snapshot of the test-bed blog, served in-process on 127.0.0.1."""

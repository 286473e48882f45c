"""The sync worker's tests use the codes desk: the app with the simulated provider on a fake clock."""

from tests.services.codes.conftest import desk  # noqa: F401  (fixture)

"""The autouse guard really blocks the network (and leaves loopback alone)."""

import socket

import pytest

from tests.conftest import NetworkBlocked


def test_outside_host_is_blocked():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("huggingface.co", 443), timeout=1)


def test_outside_address_is_blocked():
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("93.184.216.34", 80))


def test_loopback_is_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=1):
            pass

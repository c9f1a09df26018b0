"""Shared fixtures: no network, a private copy of the corpus, a fresh index, tiny models."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "data" / "policies"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "localhost,127.0.0.1"
for _name in ("POLICY_LLM_BASE_URL", "POLICY_LLM_MODEL", "POLICY_LLM_API_KEY", "POLICY_CHROMA_HOST"):
    os.environ.pop(_name, None)


def _is_local(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths
    host = str(address[0])
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkBlocked(ConnectionRefusedError):
    """A test tried to reach a host other than this machine (an OSError, as offline would be)."""


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Every test (and every session fixture) runs with only loopback reachable."""
    patch = pytest.MonkeyPatch()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guard(address: object) -> None:
        if not _is_local(address):
            raise NetworkBlocked(f"test tried to reach {address!r}")

    def connect(self: socket.socket, address: object) -> None:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        guard(address)
        return real_connect_ex(self, address)

    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not _is_local((str(host), 0)):
            raise NetworkBlocked(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    patch.setattr(socket.socket, "connect", connect)
    patch.setattr(socket.socket, "connect_ex", connect_ex)
    patch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    patch.undo()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of data/policies (texts and sidecars) that a test may edit."""
    target = tmp_path / "policies"
    shutil.copytree(POLICIES, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus: Path):
    from ingest.settings import IndexSettings

    return IndexSettings.from_env(data_dir=corpus, index_dir=tmp_path / "index", lexical_only=True)


@pytest.fixture(scope="session")
def lexical_index(tmp_path_factory: pytest.TempPathFactory):
    """The real corpus indexed once, lexical-only, shared read-only by the session."""
    from ingest.pipeline import run_ingest
    from ingest.settings import IndexSettings

    settings = IndexSettings.from_env(data_dir=POLICIES,
                                      index_dir=tmp_path_factory.mktemp("lexical") / "index",
                                      lexical_only=True)
    run_ingest(settings)
    return settings


def build_tiny_model(target: Path, texts: list[str], dim: int = 32, seed: int = 0) -> Path:
    """A real (random-weight) sentence-transformers model over the corpus characters."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizer

    chars = sorted({ch for text in texts for ch in text if not ch.isspace()})
    raw = target / "raw"
    raw.mkdir(parents=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]
    (raw / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    tokenizer = BertTokenizer(str(raw / "vocab.txt"), do_lower_case=False)
    config = BertConfig(vocab_size=len(vocab), hidden_size=dim, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=dim * 2,
                        max_position_embeddings=512)
    import torch

    torch.manual_seed(seed)  # the same weights on every run: dense ranks are reproducible
    BertModel(config).save_pretrained(raw)
    tokenizer.save_pretrained(raw)
    model = SentenceTransformer(modules=[Transformer(str(raw), max_seq_length=256), Pooling(dim)])
    out = target / "model"
    model.save(str(out))
    return out


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in POLICIES.glob("*.txt")]
    texts.append("０１２３４５６７８９ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz？！，。")
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"), texts)


def converse(deps, turns: list[str]):
    """The reply to the last of `turns`, asked in order in one fresh conversation."""
    from assistant.engine import answer, new_session

    session = new_session()
    reply = None
    for turn in turns:
        reply = answer(turn, session, deps)
    return reply


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 60.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


def needs(reason: str) -> None:
    """A component a test needs is missing: skip on a developer's machine, fail in CI (CI=true),
    where `make test` installs everything and a skip would pass without testing."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI：{reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """A real `chroma run` server on localhost for the session: (host, port)."""
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        needs("chroma CLI not installed in this environment")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("w")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    process = subprocess.Popen([str(chroma), "run", "--path", str(path / "data"), "--host",
                                "127.0.0.1", "--port", str(port)], stdout=log, stderr=log, env=env)
    try:
        wait_for_port(port, process=process)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
from tests.fake_llm import server  # noqa: E402,F401  (the scripted model server fixture, for every test module)

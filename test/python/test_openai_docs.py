"""The OpenAI snippets of our public docs, run with the official openai Python SDK."""
import os

import openai
import pytest


def test_basic_chat_snippet(run_snippet):
    out = run_snippet("openai_basic.py")
    assert 'You said: "Hello!"' in out


def test_streaming_snippet(run_snippet):
    out = run_snippet("openai_streaming.py")
    assert 'You said: "Hello!"' in out
    assert not out.endswith("\n"), "the snippet prints deltas with end=''"


def client() -> openai.OpenAI:
    return openai.OpenAI(api_key=os.environ["NEXUSFLOW_API_KEY"], base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1", max_retries=0)


def test_streaming_usage_and_tools():
    stream = client().chat.completions.create(
        model="qwen-turbo",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        tools=[{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
        stream=True,
        stream_options={"include_usage": True},
    )
    args = ""
    usage = None
    finish = None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                args += call.function.arguments or ""
            finish = choice.finish_reason or finish
    assert finish == "tool_calls"
    assert '"city"' in args
    assert usage is not None and usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_error_classes():
    bad = openai.OpenAI(api_key="sk-air-notarealkeynotarealkey", base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="qwen3-max", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.NotFoundError):
        client().chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.BadRequestError) as e:
        client().chat.completions.create(model="qwen3-max", messages=[])
    assert e.value.param == "messages"


def test_embeddings_snippet(run_snippet):
    out = run_snippet("openai_embeddings.py").strip()
    values = [float(x) for x in out.strip("[]").split(",")]
    assert len(values) == 5
    assert all(-1.0 <= v <= 1.0 for v in values)


def test_embeddings_base64_and_float_agree():
    import base64
    import struct

    c = client()
    floats = c.embeddings.create(model="text-embedding-v4", input=["a", "b"], encoding_format="float")
    b64 = c.embeddings.create(model="text-embedding-v4", input=["a", "b"], encoding_format="base64")
    for f, b in zip(floats.data, b64.data):
        raw = base64.b64decode(b.embedding)
        decoded = struct.unpack("<%df" % (len(raw) // 4), raw)
        assert len(decoded) == len(f.embedding) == 1024
        assert all(abs(x - y) < 1e-6 for x, y in zip(decoded, f.embedding))


def _png_size(data: bytes) -> tuple[int, int]:
    import struct

    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_images_snippet(run_snippet):
    import urllib.request

    url = run_snippet("openai_images.py").strip()
    assert url.startswith(os.environ["NEXUSFLOW_BASE_URL"] + "/v1/files/")
    with urllib.request.urlopen(url) as res:
        assert res.headers["content-type"] == "image/png"
        assert _png_size(res.read()) == (1024, 1024)


def test_images_b64_json():
    import base64

    r = client().images.generate(prompt="A lighthouse in a storm", n=2, size="256x256", response_format="b64_json")
    images = [base64.b64decode(d.b64_json) for d in r.data]
    assert [_png_size(i) for i in images] == [(256, 256), (256, 256)]
    assert images[0] != images[1]

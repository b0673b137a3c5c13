"""The Anthropic snippets of our public docs, run with the official anthropic Python SDK."""
import os

import anthropic
import pytest


def test_basic_message_snippet(run_snippet):
    out = run_snippet("anthropic_basic.py")
    assert 'You said: "Hello!"' in out


def test_streaming_snippet(run_snippet):
    out = run_snippet("anthropic_streaming.py")
    assert 'You said: "Hello!"' in out
    assert not out.endswith("\n"), "the snippet prints text deltas with end=''"


def client(key: str | None = None) -> anthropic.Anthropic:
    # The gateway root, no /v1: the SDK adds it.
    return anthropic.Anthropic(api_key=key or os.environ["NEXUSFLOW_API_KEY"], base_url=os.environ["NEXUSFLOW_BASE_URL"], max_retries=0)


WEATHER = {"name": "get_weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}


def test_stream_final_message_with_tools_and_thinking():
    with client().messages.stream(
        model="qwen3-max",
        max_tokens=4096,
        thinking={"type": "enabled", "budget_tokens": 2048},
        tools=[WEATHER],
        messages=[{"role": "user", "content": "Weather in two cities?"}],
    ) as stream:
        final = stream.get_final_message()
    assert [b.type for b in final.content] == ["thinking", "tool_use", "tool_use"]
    assert final.content[0].signature.startswith("sim-sig-")
    assert all("city" in b.input for b in final.content[1:])
    assert final.stop_reason == "tool_use"
    assert final.usage.output_tokens > 0

    reply = client().messages.create(
        model="qwen3-max",
        max_tokens=4096,
        thinking={"type": "enabled", "budget_tokens": 2048},
        tools=[WEATHER],
        messages=[
            {"role": "user", "content": "Weather in two cities?"},
            {"role": "assistant", "content": final.content},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": b.id, "content": "sunny"} for b in final.content[1:]]},
        ],
    )
    assert "sunny" in reply.content[-1].text


def test_count_tokens_matches_billing():
    params = {"model": "qwen3-max", "messages": [{"role": "user", "content": "Hello!"}]}
    counted = client().messages.count_tokens(**params)
    made = client().messages.create(max_tokens=64, **params)
    assert counted.input_tokens == made.usage.input_tokens > 0


def test_error_classes():
    with pytest.raises(anthropic.AuthenticationError):
        client("sk-air-notarealkeynotarealkey").messages.create(model="qwen3-max", max_tokens=8, messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.NotFoundError):
        client().messages.create(model="nope", max_tokens=8, messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.BadRequestError) as e:
        client().messages.create(model="qwen3-max", max_tokens=8, messages=[])
    assert e.value.body["error"]["type"] == "invalid_request_error"


def test_models_list_and_retrieve():
    ids = [m.id for m in client().models.list(limit=1)]
    assert sorted(ids) == ["qwen-turbo", "qwen3-max"]
    assert client().models.retrieve("qwen3-max").display_name == "Qwen3 Max"

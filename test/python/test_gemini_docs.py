"""The Gemini snippets of our public docs, run with the official google-genai Python SDK."""
import os

import pytest
from google import genai
from google.genai import errors, types


def test_basic_snippet(run_snippet):
    out = run_snippet("gemini_basic.py")
    assert 'You said: "Hello!"' in out


def test_streaming_snippet(run_snippet):
    out = run_snippet("gemini_streaming.py")
    assert 'You said: "Hello!"' in out
    # Every chunk's text is a string: a final chunk without text would print "None".
    assert "None" not in out
    assert not out.endswith("\n"), "the snippet prints chunks with end=''"


def client(api_key: str | None = None) -> genai.Client:
    # Keep the returned client in a variable: google-genai closes its HTTP client when the
    # Client object is garbage-collected, which `client().models.x()` allows mid-call.
    return genai.Client(
        api_key=api_key or os.environ["NEXUSFLOW_API_KEY"],
        http_options=types.HttpOptions(api_version="v1beta", base_url=os.environ["NEXUSFLOW_BASE_URL"]),
    )


def get_weather(city: str) -> str:
    """Returns the current weather in a city."""
    return f"Sunny in {city}"


def test_function_calling_round_trip_and_usage():
    config = types.GenerateContentConfig(
        tools=[get_weather],
        automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
    )
    c = client()
    response = c.models.generate_content(model="qwen3-max", contents="Weather in Paris and Tokyo, both please", config=config)
    calls = response.function_calls or []
    assert len(calls) == 2
    assert all(c.name == "get_weather" and "city" in (c.args or {}) for c in calls)
    assert response.candidates[0].finish_reason == types.FinishReason.STOP
    usage = response.usage_metadata
    assert usage.total_token_count == usage.prompt_token_count + usage.candidates_token_count

    history = [
        types.Content(role="user", parts=[types.Part(text="Weather in Paris and Tokyo, both please")]),
        response.candidates[0].content,
        types.Content(role="user", parts=[types.Part.from_function_response(name=c.name, response={"result": get_weather(c.args["city"])}) for c in calls]),
    ]
    answer = c.models.generate_content(model="qwen3-max", contents=history, config=config)
    assert "Sunny in" in answer.text


def test_automatic_function_calling():
    c = client()
    response = c.models.generate_content(
        model="qwen3-max", contents="What is the weather in Paris?", config=types.GenerateContentConfig(tools=[get_weather])
    )
    assert "Sunny in" in response.text


def test_count_tokens_and_models():
    c = client()
    counted = c.models.count_tokens(model="qwen-turbo", contents="How many tokens?")
    assert counted.total_tokens > 0
    model = c.models.get(model="qwen-turbo")
    assert model.name == "models/qwen-turbo"
    names = [m.name for m in c.models.list(config={"page_size": 2})]
    assert "models/qwen3-max" in names


def test_embed_content():
    c = client()
    result = c.models.embed_content(model="text-embedding-v4", contents=["one", "two"], config=types.EmbedContentConfig(output_dimensionality=16))
    assert [len(e.values) for e in result.embeddings] == [16, 16]


def test_errors():
    bad, c = client("sk-air-notarealkeynotarealkey"), client()
    with pytest.raises(errors.ClientError) as bad_key:
        bad.models.generate_content(model="qwen-turbo", contents="x")
    assert bad_key.value.code == 400
    assert bad_key.value.status == "INVALID_ARGUMENT"
    assert "API_KEY_INVALID" in str(bad_key.value.details)
    with pytest.raises(errors.ClientError) as missing:
        c.models.generate_content(model="no-such-model", contents="x")
    assert missing.value.code == 404
    assert missing.value.status == "NOT_FOUND"

"""LiteLLM as a client library against the gateway (#17): its OpenAI, Anthropic and Responses routes."""
import json
import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # offline: no cost-map download at import

import litellm  # noqa: E402

litellm.telemetry = False
BASE = os.environ["NEXUSFLOW_BASE_URL"]
KEY = os.environ["NEXUSFLOW_API_KEY"]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def test_openai_route_completion_stream_and_tools():
    res = litellm.completion(model="openai/qwen-turbo", api_base=BASE + "/v1", api_key=KEY, messages=[{"role": "user", "content": "Hello!"}])
    assert 'You said: "Hello!"' in res.choices[0].message.content
    assert res.usage.prompt_tokens > 0 and res.usage.completion_tokens > 0

    text = ""
    for chunk in litellm.completion(model="openai/qwen-turbo", api_base=BASE + "/v1", api_key=KEY, messages=[{"role": "user", "content": "Count to three"}], stream=True):
        text += chunk.choices[0].delta.content or ""
    assert 'You said: "Count to three"' in text

    res = litellm.completion(model="openai/qwen3-max", api_base=BASE + "/v1", api_key=KEY, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=[WEATHER])
    calls = res.choices[0].message.tool_calls
    assert [c.function.name for c in calls] == ["get_weather"]
    assert "city" in json.loads(calls[0].function.arguments)


def test_anthropic_route():
    res = litellm.completion(model="anthropic/qwen3-max", api_base=BASE, api_key=KEY, max_tokens=64, messages=[{"role": "user", "content": "Hello from LiteLLM!"}])
    assert 'You said: "Hello from LiteLLM!"' in res.choices[0].message.content
    assert res.usage.prompt_tokens > 0


def test_responses_route():
    res = litellm.responses(model="openai/qwen-turbo", api_base=BASE + "/v1", api_key=KEY, input="Hello responses!")
    text = "".join(c.text for item in res.output if item.type == "message" for c in item.content if c.type == "output_text")
    assert 'You said: "Hello responses!"' in text
    assert res.usage.input_tokens > 0

"""The Responses API (`client.responses`) with the official openai Python SDK, streamed and not (#15)."""
import json
import os

import openai
import pytest

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def client() -> openai.OpenAI:
    return openai.OpenAI(api_key=os.environ["NEXUSFLOW_API_KEY"], base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1", max_retries=0)


def test_create_with_usage_and_cost():
    res = client().responses.create(model="qwen-turbo", instructions="Be brief.", input="Hello!")
    assert res.status == "completed"
    assert 'You said: "Hello!"' in res.output_text
    assert res.usage.input_tokens > 0 and res.usage.output_tokens > 0
    assert res.usage.total_tokens == res.usage.input_tokens + res.usage.output_tokens
    assert res.usage.model_extra["cost"] > 0


def test_stream_events_and_final_response():
    deltas = []
    types = []
    with client().responses.stream(model="qwen-turbo", input="Count to three", reasoning={"effort": "low", "summary": "auto"}) as stream:
        for event in stream:
            types.append(event.type)
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
        final = stream.get_final_response()
    assert types[:2] == ["response.created", "response.in_progress"]
    assert types[-1] == "response.completed"
    assert "response.reasoning_summary_text.delta" in types
    assert final.output_text == "".join(deltas)
    assert [i.type for i in final.output] == ["reasoning", "message"]


def test_tool_round_trip_streamed_and_previous_response_id():
    c = client()
    first = c.responses.create(model="qwen3-max", input="What is the weather in Paris?", tools=[WEATHER], stream=True)
    done = None
    for event in first:
        if event.type == "response.completed":
            done = event.response
    calls = [i for i in done.output if i.type == "function_call"]
    assert len(calls) == 1 and calls[0].name == "get_weather"
    assert "city" in json.loads(calls[0].arguments)
    second = c.responses.create(
        model="qwen3-max",
        previous_response_id=done.id,
        tools=[WEATHER],
        input=[{"type": "function_call_output", "call_id": calls[0].call_id, "output": "sunny, 18 C"}],
    )
    assert "sunny, 18 C" in second.output_text
    assert second.previous_response_id == done.id


def test_retrieve_input_items_delete():
    c = client()
    created = c.responses.create(model="qwen-turbo", input=[{"role": "user", "content": [{"type": "input_text", "text": "Hi there"}]}])
    assert c.responses.retrieve(created.id).output_text == created.output_text
    items = c.responses.input_items.list(created.id)
    assert [i.type for i in items.data] == ["message"]
    assert items.data[0].content[0].text == "Hi there"
    c.responses.delete(created.id)
    with pytest.raises(openai.NotFoundError):
        c.responses.retrieve(created.id)


def test_errors_in_openai_shape():
    with pytest.raises(openai.BadRequestError) as e:
        client().responses.create(model="qwen-turbo", input="Hi", previous_response_id="resp_nope")
    assert e.value.code == "previous_response_not_found"
    with pytest.raises(openai.NotFoundError):
        client().responses.create(model="no-such-model", input="Hi")

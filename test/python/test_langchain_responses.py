"""LangChain's ChatOpenAI(use_responses_api=True) against the gateway: invoke, stream, tools (#15)."""
import os

from langchain_core.messages import HumanMessage, ToolMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI


def llm(**kwargs) -> ChatOpenAI:
    return ChatOpenAI(
        model="qwen-turbo",
        api_key=os.environ["NEXUSFLOW_API_KEY"],
        base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1",
        use_responses_api=True,
        max_retries=0,
        **kwargs,
    )


@tool
def get_weather(city: str) -> str:
    """Current weather for a city."""
    return f"{city}: sunny, 18 C"


def test_invoke():
    msg = llm().invoke("Hello!")
    assert 'You said: "Hello!"' in msg.text
    assert msg.usage_metadata["input_tokens"] > 0
    assert msg.usage_metadata["output_tokens"] > 0


def test_stream():
    chunks = list(llm().stream("Count to three"))
    text = "".join(c.text for c in chunks)
    assert 'You said: "Count to three"' in text


def test_tools_round_trip():
    model = llm().bind_tools([get_weather])
    question = HumanMessage("What is the weather in Paris?")
    ai = model.invoke([question])
    assert [c["name"] for c in ai.tool_calls] == ["get_weather"]
    call = ai.tool_calls[0]
    result = ToolMessage(get_weather.invoke(call["args"]), tool_call_id=call["id"])
    final = model.invoke([question, ai, result])
    assert "sunny, 18 C" in final.text


def test_chat_completions_and_structured_output():
    """The same ChatOpenAI over Chat Completions (its default), and with_structured_output (JSON schema)."""
    from pydantic import BaseModel

    class City(BaseModel):
        name: str
        country: str

    chat = ChatOpenAI(model="qwen-turbo", api_key=os.environ["NEXUSFLOW_API_KEY"], base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1", max_retries=0)
    assert 'You said: "Hello!"' in chat.invoke("Hello!").text
    city = chat.with_structured_output(City).invoke("Name a city")
    assert isinstance(city, City) and city.name and city.country
    city = llm().with_structured_output(City).invoke("Name a city")
    assert isinstance(city, City) and city.name

# The "Streaming Output" snippet of our docs (OpenAI protocol), verbatim but for the key and base URL.
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1",
)

stream = client.chat.completions.create(
    model="qwen3-max",
    messages=[{"role": "user", "content": "Hello!"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="")

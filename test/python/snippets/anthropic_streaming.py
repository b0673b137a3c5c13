# The "Streaming Output" snippet of our docs (Anthropic protocol), verbatim but for the key and base URL.
import os

import anthropic

client = anthropic.Anthropic(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    base_url=os.environ["NEXUSFLOW_BASE_URL"],
)

with client.messages.stream(
    model="qwen3-max",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello!"}],
) as stream:
    for text in stream.text_stream:
        print(text, end="")

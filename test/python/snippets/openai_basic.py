# The "Basic Configuration" snippet of our docs (OpenAI protocol), verbatim but for the key and base URL.
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1",
)

# Basic chat
response = client.chat.completions.create(
    model="qwen3-max",
    messages=[{"role": "user", "content": "Hello!"}]
)
print(response.choices[0].message.content)

# The Gemini snippet of our docs, streamed: generate_content_stream with the same client.
import os

from google import genai
from google.genai import types

client = genai.Client(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    http_options=types.HttpOptions(
        api_version="v1beta",
        base_url=os.environ["NEXUSFLOW_BASE_URL"],
    ),
)

for chunk in client.models.generate_content_stream(
    model="qwen-turbo",
    contents="Hello!",
):
    print(chunk.text, end="")

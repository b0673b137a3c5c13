# The "Gemini-compatible Protocol" snippet of our docs, verbatim but for the key and base URL.
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

response = client.models.generate_content(
    model="qwen-turbo",
    contents="Hello!",
)
print(response.text)

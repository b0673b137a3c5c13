# The "Text Embeddings" snippet of our docs (OpenAI protocol), verbatim but for the key and base URL.
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1",
)

response = client.embeddings.create(
    model="text-embedding-v4",
    input="Your text string goes here",
)
print(response.data[0].embedding[:5])

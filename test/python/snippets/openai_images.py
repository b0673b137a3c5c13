# The "Image Generation" snippet of our docs (OpenAI protocol), verbatim but for the key and base URL.
import os

from openai import OpenAI

client = OpenAI(
    api_key=os.environ["NEXUSFLOW_API_KEY"],
    base_url=os.environ["NEXUSFLOW_BASE_URL"] + "/v1",
)

response = client.images.generate(
    model="wan2.6-t2i",
    prompt="A futuristic city at sunset, cyberpunk style",
    size="1024x1024",
    n=1,
)
print(response.data[0].url)

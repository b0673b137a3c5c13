"""`schemathesis` with one CPython 3.11 workaround; run by test/fuzz/schemathesis.ts.

Hypothesis describes a strategy's lambdas by parsing their module's source with `ast.parse`.
Deep inside schemathesis' recursive strategies (our Anthropic and Gemini request schemas nest
content blocks and JSON Schemas), CPython 3.11 can fail that parse with
`SystemError: AST constructor recursion depth mismatch` (fixed in 3.12), which aborts a whole
operation as an error. A description is only cosmetic, so a failed one becomes hypothesis'
own "unknown lambda" text.
"""
import sys

if sys.version_info < (3, 12):
    from hypothesis.internal import lambda_sources

    _describe = lambda_sources._lambda_description

    def _safe_description(f, *args, **kwargs):
        try:
            return _describe(f, *args, **kwargs)
        except SystemError:
            return "lambda: <unknown>"

    lambda_sources._lambda_description = _safe_description

from schemathesis.cli import schemathesis

if __name__ == "__main__":
    sys.exit(schemathesis())

"""The engine: retrieval, understanding, dialogue, answers; app, CLI and eval call only this."""

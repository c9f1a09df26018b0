"""Evaluation: the gold dataset runner (`python -m eval.run`) and benchmarks (`python -m eval.bench`)."""

"""Styling modes: Tailwind and DaisyUI classes, checked against what the project's Tailwind generates."""

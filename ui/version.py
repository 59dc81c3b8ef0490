"""The application's name and version, shown in the title bar, About and the desktop build.

Kept equal to ``project.version`` in pyproject.toml (a test compares them).
"""

APP_NAME = "ChannelRate"
VERSION = "0.1.0"

"""The Qt window: areas (tabs), dialogs, models and the glue that runs work off the UI thread."""

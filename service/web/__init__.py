"""The web page: server-rendered Jinja2 templates and a small vanilla JS/CSS."""

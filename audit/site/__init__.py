"""The Datasette site: templates, static files, the plugin and the modules it uses."""

"""SolidJS modes: views, forms, routes and contexts written from the project's own API types."""

"""Planning: Product Owner -> Project Manager -> Engineering Manager, and tasks the modes run."""

// The form to add a plant to the catalogue, or to edit one.

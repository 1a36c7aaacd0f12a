// One plant's page.

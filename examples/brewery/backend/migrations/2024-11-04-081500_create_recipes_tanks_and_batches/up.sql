CREATE TABLE recipes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    style TEXT NOT NULL,
    -- alcohol by volume in percent, e.g. 4.2
    abv REAL NOT NULL,
    -- bitterness in IBU; NULL until the lab has measured a batch
    ibu INTEGER,
    boil_minutes INTEGER NOT NULL DEFAULT 60,
    retired BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tanks (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- the name painted on the tank, e.g. FV3 or BBT1
    name TEXT NOT NULL UNIQUE,
    capacity_litres INTEGER NOT NULL CHECK (capacity_litres > 0),
    location TEXT,
    in_service BOOLEAN NOT NULL DEFAULT 1,
    last_cleaned_at TIMESTAMP
);

CREATE TABLE batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- printed on the labels, e.g. 24-031
    batch_code TEXT NOT NULL UNIQUE,
    recipe_id INTEGER NOT NULL REFERENCES recipes (id),
    tank_id INTEGER NOT NULL REFERENCES tanks (id),
    -- one of the values of models::enums::BatchStatus
    status TEXT NOT NULL DEFAULT 'planned',
    brewed_on DATE NOT NULL,
    volume_litres REAL NOT NULL CHECK (volume_litres > 0),
    original_gravity REAL,
    -- set when the batch is packaged, into bottles or kegs
    bottled_at TIMESTAMP
);

CREATE INDEX batches_recipe_id_idx ON batches (recipe_id);
CREATE INDEX batches_tank_id_status_idx ON batches (tank_id, status);

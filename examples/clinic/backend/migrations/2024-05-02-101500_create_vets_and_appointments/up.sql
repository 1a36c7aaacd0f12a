CREATE TABLE vets (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    specialty TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    hired_on DATE NOT NULL
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    pet_id INTEGER NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    vet_id INTEGER NOT NULL REFERENCES vets (id),
    -- one of the values of models::appointment::AppointmentStatus
    status TEXT NOT NULL DEFAULT 'scheduled',
    scheduled_at TIMESTAMP NOT NULL,
    reason TEXT NOT NULL,
    notes TEXT
);

CREATE INDEX appointments_pet_id_idx ON appointments (pet_id);
CREATE INDEX appointments_vet_id_scheduled_at_idx ON appointments (vet_id, scheduled_at);

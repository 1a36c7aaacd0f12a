use serde::{Deserialize, Serialize};

/// The kind of animal a pet is, stored in `pets.species` as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Species {
    Dog,
    Cat,
    Bird,
    Rabbit,
    Reptile,
    Other,
}

impl Species {
    pub fn as_str(&self) -> &'static str {
        match self {
            Species::Dog => "dog",
            Species::Cat => "cat",
            Species::Bird => "bird",
            Species::Rabbit => "rabbit",
            Species::Reptile => "reptile",
            Species::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "dog" => Some(Species::Dog),
            "cat" => Some(Species::Cat),
            "bird" => Some(Species::Bird),
            "rabbit" => Some(Species::Rabbit),
            "reptile" => Some(Species::Reptile),
            "other" => Some(Species::Other),
            _ => None,
        }
    }
}

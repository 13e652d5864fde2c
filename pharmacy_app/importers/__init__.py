"""Reading files people bring (delivery notes, consumption sheets): parse, validate, all or nothing."""

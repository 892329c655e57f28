// The enclosing place stored for each place asked for, to walk the places' tree upwards.
// Parameters: $ids (list of place ids). Returns: id, within (null when none) per place found.
UNWIND $ids AS id
MATCH (p:Record {id: id}) WHERE p:Place
RETURN p.id AS id, p.within AS within

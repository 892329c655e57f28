"""The model: EDTF dates, the fixed vocabularies, name keys and text rules. Pure: no I/O."""

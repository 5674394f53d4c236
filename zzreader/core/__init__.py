"""The Qt-free core of zzreader: parsing, the store, search, annotations."""

//! The library's sets, as the domain sources give them.

//! P-: the two property bags (binding settings and channel settings) and their values.
//!
//! Which binding takes which property on which side, and where each channel property may
//! appear, come from `facts::properties`; the checks here only map each fact to its rule.

pub(crate) mod bindings;
pub(crate) mod catalogue;
pub(crate) mod channel;

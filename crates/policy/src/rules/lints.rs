//! Rules of the lints area. (Filled in by the area's implementation.)

use super::Check;
use crate::registry::Rule;

pub(crate) static RULES: &[Rule] = &[];
pub(crate) static CHECKS: &[Check] = &[];

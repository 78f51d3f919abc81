//! wws-security: WWSAPI security descriptions that are correct by construction.
pub use wws_security_model as model;
pub use wws_security_policy as policy;

//! Every documented static rule of WWSAPI security descriptions, as code.
//!
//! [`validate`] checks an [`Endpoint`](wws_security_model::Endpoint) and returns a [`Report`] with
//! every diagnostic at once. Each diagnostic names its rule (`T-025`, `P-014`, ...), the other
//! catalogue ids that state the same rule, a message, a help line and a [`Path`] to the element.
//! The rules themselves are data ([`registry::rules`]) that tools can list.
//!
//! Endpoint files read at run time go through [`load()`] (or [`load_toml`], [`load_json`]): the
//! same [`Validated`] endpoint as the macro, or every problem with its place in the text.
//!
//! [`compat()`] compares a client with a server: every setting the two ends must agree on and do
//! not, under the `C-` rules ([`compat`](mod@compat) module).
//!
//! ```
//! use wws_security_model::Endpoint;
//!
//! let endpoint = Endpoint::from_toml_str(r#"
//!     side = "client"
//!     channel_binding = "http"
//!     [[bindings]]
//!     type = "ssl_transport"
//! "#).unwrap();
//! let report = wws_security_policy::validate(&endpoint);
//! assert!(!report.has_errors());
//! ```

pub mod compat;
mod context;
mod diagnostic;
pub mod facts;
#[cfg(feature = "files")]
mod file;
#[cfg(feature = "files")]
pub mod load;
mod partial;
mod policy;
pub mod registry;
mod rules;
mod runtime;
mod suggestion;
mod template;
mod validated;

pub use compat::{compat, CompatDiagnostic, CompatReport};
pub use diagnostic::{Diagnostic, Report};
#[cfg(feature = "files")]
pub use file::{decode_text, EncodingError, FileDiagnostic};
#[cfg(feature = "files")]
pub use load::{check_text, load, load_json, load_toml, Format, Loaded};
pub use partial::Checkable;
pub use policy::{validate, Level, LintError, LintSetting, LintTarget, Policy};
pub use registry::{Area, Kind, Rule, Severity, Status};
pub use rules::constraints::api as constraints;
pub use runtime::Runtime;
pub use suggestion::{Applicability, Edit, Suggestion, Syntax, Value};
pub use template::validate_template;
pub use validated::Validated;
pub use wws_security_model::Path;

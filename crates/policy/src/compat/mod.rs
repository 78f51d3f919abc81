//! Will these two endpoints talk? The static compatibility check of a client and a server.
//!
//! Each endpoint can pass every rule and the pair still fail on the first message: the client
//! sends a token the server has no binding for, offers a header-auth scheme the server does not
//! accept, or opens a connection the listener does not expect. [`compat`] compares a client and a
//! server setting by setting and reports each one that does not agree as a
//! [`CompatDiagnostic`] of a `C-` rule, with a place in each file, a message naming both values
//! and what a user sees at run time. Values are compared as they are in effect: a setting a file
//! leaves out counts with its documented default (`wws_security_model::defaults`).
//!
//! Both endpoints are assumed valid on their own (run [`validate`](crate::validate) first, or
//! read files with [`read_endpoint`]). The comparison covers the endpoints' descriptions and,
//! for each pair of security context bindings, their bootstrap descriptions.
//!
//! ```
//! use wws_security_model::Endpoint;
//!
//! let client = Endpoint::from_toml_str(r#"
//!     side = "client"
//!     channel_binding = "http"
//!     [[bindings]]
//!     type = "ssl_transport"
//!     [[bindings]]
//!     type = "username_message"
//!     binding_usage = "supporting"
//!     client_credential = { type = "string", username = "usr1", password = { env = "PW" } }
//! "#).unwrap();
//! let server = Endpoint::from_toml_str(r#"
//!     side = "server"
//!     channel_binding = "http"
//!     [[bindings]]
//!     type = "ssl_transport"
//! "#).unwrap();
//! let report = wws_security_policy::compat(&client, &server);
//! assert!(!report.is_compatible());
//! assert_eq!(report.ids(), ["C-017"]);
//! assert_eq!(report.diagnostics[0].client_path.to_string(), "bindings[1].client_credential");
//! ```

mod endpoint;
#[cfg(feature = "files")]
mod file;
mod header_auth;
mod pair;
mod report;
mod secure_conversation;
mod security_header;
mod tokens;
mod transport;

#[cfg(feature = "files")]
pub use file::{locate, read_endpoint, FileCompatDiagnostic, FilePlace, PairFile};
pub use report::{CompatDiagnostic, CompatReport};

use crate::registry::RuleSet;
use crate::Policy;
use pair::Pair;
use wws_security_model::{Endpoint, SecurityBinding};

/// Every `C-` rule, for the registry.
pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &endpoint::C_001,
    &endpoint::C_002,
    &endpoint::C_003,
    &transport::C_004,
    &tokens::C_005,
    &header_auth::C_006,
    &header_auth::C_007,
    &transport::C_008,
    &transport::C_009,
    &transport::C_010,
    &security_header::C_011,
    &security_header::C_012,
    &security_header::C_013,
    &security_header::C_014,
    &secure_conversation::C_015,
    &secure_conversation::C_016,
    &tokens::C_017,
    &security_header::C_018,
    &header_auth::C_019,
    &secure_conversation::C_020,
    &transport::C_021,
]);

/// A comparison of the two descriptions in a [`Pair`].
type Check = fn(&mut Pair<'_>);

/// The comparisons of one pair of descriptions, in report order.
static DESCRIPTION_CHECKS: &[Check] = &[
    transport::transport_binding,
    transport::ssl_client_certificate,
    transport::sspi_protection_level,
    transport::windows_auth_package,
    header_auth::header_auth,
    header_auth::extended_protection,
    tokens::message_tokens,
    security_header::header_version,
    security_header::header_layout,
    security_header::timestamps,
    security_header::algorithm_suite,
    security_header::timestamp_windows,
    secure_conversation::security_contexts,
];

/// Compares `client` and `server` with the default lint levels.
pub fn compat(client: &Endpoint, server: &Endpoint) -> CompatReport {
    Policy::new().compat(client, server)
}

impl Policy {
    /// Compares `client` and `server`: every setting that must agree and does not, with the
    /// lint levels of this policy applied to the `C-` warnings.
    pub fn compat(&self, client: &Endpoint, server: &Endpoint) -> CompatReport {
        let mut report = CompatReport::default();
        let mut cx = Pair::root(client, server, self, &mut report);
        if endpoint::pairs_up(&mut cx) {
            endpoint::channel_types(&mut cx);
            compare_descriptions(&mut cx);
        }
        report
    }
}

/// Runs every comparison on one pair of descriptions, then on the bootstrap descriptions of
/// each pair of security context bindings.
fn compare_descriptions(cx: &mut Pair<'_>) {
    for check in DESCRIPTION_CHECKS {
        check(cx);
    }
    let contexts: Vec<(usize, usize)> = tokens::pair_tokens(cx).security_contexts(cx).collect();
    for (ci, si) in contexts {
        let (Some(client), Some(server)) = (
            bootstrap(&cx.bindings(wws_security_model::Side::Client)[ci]),
            bootstrap(&cx.bindings(wws_security_model::Side::Server)[si]),
        ) else {
            continue;
        };
        if let Some(mut inner) = cx.bootstrap(ci, client, si, server) {
            compare_descriptions(&mut inner);
        }
    }
}

fn bootstrap(binding: &SecurityBinding) -> Option<&wws_security_model::SecurityDescription> {
    match binding {
        SecurityBinding::SecurityContextMessage(b) => b.bootstrap_security_description.as_deref(),
        _ => None,
    }
}

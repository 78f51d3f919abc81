//! Lowering: a checked endpoint and the program's values become a `WS_SECURITY_DESCRIPTION`
//! graph that WWSAPI can read.

pub(crate) mod address;
pub(crate) mod build;
mod error;
pub(crate) mod free;
pub(crate) mod layout;

pub use address::{AddressLayout, LoweredAddress};
pub use error::{LowerError, LowerErrorKind};
pub use layout::{BindingLayout, DescriptionLayout, PropertyLayout};

use crate::alloc;
use std::fmt;
use std::ptr::NonNull;
use windows_sys::Win32::Networking::WindowsWebServices::WS_SECURITY_DESCRIPTION;
use wws_security_model::Endpoint;
use wws_security_policy::{Runtime, Validated};

/// A `WS_SECURITY_DESCRIPTION` and everything it points to, owned.
///
/// Every pointee is its own heap allocation, so moving a `Lowered` changes no pointer in the
/// graph; the pointer from [`as_ptr`](Self::as_ptr) stays valid until the value is dropped.
/// Dropping wipes every password and frees the graph, the callback closures' references
/// included. WWSAPI only reads the graph; nothing may write to it.
pub struct Lowered {
    root: NonNull<WS_SECURITY_DESCRIPTION>,
    address: Option<LoweredAddress>,
}

// SAFETY: the graph is never written after `lower` returns, and every Rust value it holds (the
// callback closures) is `Send + Sync`; the other pointers are C objects the program vouched for
// when it registered them (`RawPtr`).
unsafe impl Send for Lowered {}
// SAFETY: as above; shared access only reads.
unsafe impl Sync for Lowered {}

impl Lowered {
    /// The description, for `WsCreateChannel`, `WsCreateListener`, `WsCreateServiceProxy` or a
    /// `WS_SERVICE_ENDPOINT`; valid while `self` lives.
    pub fn as_ptr(&self) -> *const WS_SECURITY_DESCRIPTION {
        self.root.as_ptr()
    }

    /// The endpoint's address, for `WsOpenChannel` or `WsOpenServiceProxy`, when the endpoint
    /// declares one.
    pub fn address(&self) -> Option<&LoweredAddress> {
        self.address.as_ref()
    }

    /// What the graph holds, read from the graph itself: binding types, structure names, and
    /// each property's id, C name and `valueSize`.
    pub fn layout(&self) -> DescriptionLayout {
        // SAFETY: the graph was built by `lower` and is alive.
        unsafe { layout::describe(self.root.as_ptr()) }
    }
}

impl Drop for Lowered {
    fn drop(&mut self) {
        // SAFETY: the graph was built by `build` (possibly only in part, when lowering failed)
        // and nothing else points into it once its owner goes.
        unsafe { free::description(self.root.as_ptr()) };
    }
}

/// The layout only: passwords and pointers never show.
impl fmt::Debug for Lowered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lowered")
            .field("ptr", &self.root)
            .field("layout", &self.layout())
            .field("address", &self.address)
            .finish()
    }
}

/// Lowers a checked endpoint: the description with every program value taken from `runtime`
/// (callbacks, tokens, certificates, handles, message property values, runtime passwords) and
/// every `{ env = "VAR" }` password read through `runtime`'s environment lookup.
///
/// A slot `runtime` does not fill, or fills with a value of another type, a variable that is not
/// set, or a Rust closure given a separate state, is a [`LowerError`] naming the place; nothing
/// WWSAPI needs is left null.
///
/// ```
/// use wws_security_model::Endpoint;
/// use wws_security_policy::{Policy, Runtime};
///
/// let endpoint = Endpoint::from_toml_str(r#"
///     side = "client"
///     channel_binding = "http"
///     [[bindings]]
///     type = "ssl_transport"
/// "#).unwrap();
/// let (checked, _warnings) = Policy::new().check(endpoint).unwrap();
/// let lowered = wws_security_ffi::lower(&checked, &Runtime::new()).unwrap();
/// let description = unsafe { &*lowered.as_ptr() };
/// assert_eq!(description.securityBindingCount, 1);
/// ```
pub fn lower(endpoint: &Validated<Endpoint>, runtime: &Runtime) -> Result<Lowered, LowerError> {
    let root = alloc::new(WS_SECURITY_DESCRIPTION::default());
    // Owned from here on: if lowering fails half way, dropping frees what was built.
    let mut lowered = Lowered {
        root: NonNull::new(root).expect("Box::into_raw is never null"),
        address: None,
    };
    let builder = build::Builder::new(runtime);
    // SAFETY: `root` is a fresh zeroed description owned by `lowered` alone.
    unsafe { builder.description(root, &endpoint.description, &crate::at::At::ROOT)? };
    if let Some(address) = &endpoint.address {
        lowered.address = Some(address::lower_address(&builder, address)?);
    }
    Ok(lowered)
}

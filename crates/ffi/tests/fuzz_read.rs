//! Random raw graphs fed to `read_description`: unknown binding, credential and authenticator
//! tags, unknown property ids, wrong `valueSize`s, null arrays with counts, misaligned pointers,
//! invalid enumeration values, BOOLs that are neither 0 nor 1, negative timespans, text that is
//! not UTF-16, bootstraps that loop, nest deep or are shared; and random endpoint addresses fed
//! to `read_address` (unknown identity types, null byte arrays with lengths, bad text). The reader
//! must return a description or an error, never crash, and (under Miri) never touch memory it may not.
//!
//! The graphs keep the reader's contract, as any C program must: a pointer the reader follows is
//! null, misaligned, or points to memory of its member's type; a count does not exceed its
//! array; a valid tag names the structure that is there. What a contract cannot promise is
//! randomised: everything the reader has to check.
//!
//! `cargo test` runs a few thousand graphs (40 under Miri); `cargo xtask fuzz` runs the ignored
//! test with `WWS_FUZZ_CASES` graphs (a million by default).

mod common;

use common::{C_CERTIFICATE, C_GET_CERT, C_ISSUERS, C_PASSWORD, C_SAML};
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::null_mut;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;
use wws_security_ffi::{lower, read_address, read_description, with_raw_slot_names, ReadErrorKind};
use wws_security_model::{ChannelBinding, Side};
use wws_security_policy::Policy;

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// The memory of one graph: every allocation is freed when the case ends.
struct Graph {
    rng: Rng,
    frees: Vec<Box<dyn FnOnce()>>,
    descriptions: Vec<*mut WS_SECURITY_DESCRIPTION>,
    bindings: Vec<*mut WS_SECURITY_BINDING>,
}

impl Drop for Graph {
    fn drop(&mut self) {
        for free in self.frees.drain(..) {
            free();
        }
    }
}

/// An opaque program pointer: never followed by the reader, so any non-null address will do.
fn opaque<T>(n: u64) -> *mut T {
    std::ptr::without_provenance_mut::<T>(0x1000 + 8 * n as usize)
}

impl Graph {
    fn new(seed: u64) -> Self {
        Graph {
            rng: Rng(seed),
            frees: Vec::new(),
            descriptions: Vec::new(),
            bindings: Vec::new(),
        }
    }

    fn alloc<T: 'static>(&mut self, value: T) -> *mut T {
        let p = Box::into_raw(Box::new(value));
        self.frees
            .push(Box::new(move || drop(unsafe { Box::from_raw(p) })));
        p
    }

    fn array<T: Copy + 'static>(&mut self, items: Vec<T>) -> *mut T {
        let len = items.len();
        let p = Box::into_raw(items.into_boxed_slice()).cast::<T>();
        self.frees.push(Box::new(move || {
            drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, len)) })
        }));
        p
    }

    /// Usually a few, sometimes many.
    fn count(&mut self) -> usize {
        if self.rng.chance(90) {
            self.rng.below(4) as usize
        } else {
            self.rng.below(24) as usize
        }
    }

    /// The pointer of an array of `len` items: usually the array, sometimes null (a null
    /// array with a count) or misaligned (refused before it is read).
    fn array_pointer<T: Copy + 'static>(&mut self, items: Vec<T>) -> *mut T {
        let len = items.len();
        match self.rng.below(40) {
            0 if len > 0 => null_mut(),
            1 if len > 0 => {
                let p = self.array(items);
                p.cast::<u8>().wrapping_add(1).cast()
            }
            _ => self.array(items),
        }
    }

    fn small_or_wild(&mut self, valid: &[i32]) -> i32 {
        if self.rng.chance(90) {
            self.rng.pick(valid)
        } else {
            self.rng.pick(&[0, -1, 7, 99, 0x7fff_ffff])
        }
    }

    fn string(&mut self) -> WS_STRING {
        let len = self.count();
        let units: Vec<u16> = (0..len)
            .map(|_| {
                if self.rng.chance(3) {
                    0xd800 // a lone surrogate
                } else {
                    0x41 + self.rng.below(58) as u16
                }
            })
            .collect();
        let chars = if len == 0 && self.rng.chance(50) {
            null_mut()
        } else {
            self.array_pointer(units)
        };
        WS_STRING {
            length: len as u32,
            chars,
        }
    }

    fn bytes(&mut self) -> WS_BYTES {
        let len = self.count();
        let items: Vec<u8> = (0..len).map(|_| self.rng.below(256) as u8).collect();
        WS_BYTES {
            length: len as u32,
            bytes: if len == 0 {
                null_mut()
            } else {
                self.array_pointer(items)
            },
        }
    }

    /// An address whose identity, when its type is a known one, is the structure it names.
    fn address(&mut self) -> *mut WS_ENDPOINT_ADDRESS {
        let buffer = |g: &mut Self| {
            if g.rng.chance(50) {
                null_mut()
            } else {
                opaque(g.rng.below(64))
            }
        };
        let identity_type = self.small_or_wild(&[1, 2, 3, 4, 5, 6]);
        let header = WS_ENDPOINT_IDENTITY {
            identityType: identity_type,
        };
        let identity: *mut WS_ENDPOINT_IDENTITY = match identity_type {
            _ if self.rng.chance(20) => null_mut(),
            1 => {
                let dns = self.string();
                self.alloc(WS_DNS_ENDPOINT_IDENTITY {
                    identity: header,
                    dns,
                })
                .cast()
            }
            2 => {
                let upn = self.string();
                self.alloc(WS_UPN_ENDPOINT_IDENTITY {
                    identity: header,
                    upn,
                })
                .cast()
            }
            3 => {
                let spn = self.string();
                self.alloc(WS_SPN_ENDPOINT_IDENTITY {
                    identity: header,
                    spn,
                })
                .cast()
            }
            4 => {
                let (modulus, exponent) = (self.bytes(), self.bytes());
                self.alloc(WS_RSA_ENDPOINT_IDENTITY {
                    identity: header,
                    modulus,
                    exponent,
                })
                .cast()
            }
            5 => {
                let data = self.bytes();
                self.alloc(WS_CERT_ENDPOINT_IDENTITY {
                    identity: header,
                    rawCertificateData: data,
                })
                .cast()
            }
            6 => {
                let element = buffer(self);
                self.alloc(WS_UNKNOWN_ENDPOINT_IDENTITY {
                    identity: header,
                    element,
                })
                .cast()
            }
            _ => self.alloc(header),
        };
        let url = self.string();
        let (headers, extensions) = (buffer(self), buffer(self));
        self.alloc(WS_ENDPOINT_ADDRESS {
            url,
            headers,
            extensions,
            identity,
        })
    }

    fn callback<F: Copy>(&mut self, f: F) -> Option<F> {
        self.rng.chance(50).then_some(f)
    }

    fn state(&mut self) -> *mut c_void {
        if self.rng.chance(50) {
            null_mut()
        } else {
            opaque(self.rng.below(64))
        }
    }

    fn description(&mut self, depth: usize) -> *mut WS_SECURITY_DESCRIPTION {
        let d = self.alloc(WS_SECURITY_DESCRIPTION::default());
        self.descriptions.push(d);
        let properties: Vec<WS_SECURITY_PROPERTY> = (0..self.count())
            .map(|_| {
                let (id, value, size) = self.property(12, channel_value_type);
                WS_SECURITY_PROPERTY {
                    id,
                    value,
                    valueSize: size,
                }
            })
            .collect();
        let count = properties.len() as u32;
        let properties = self.array_pointer(properties);
        let bindings: Vec<*mut WS_SECURITY_BINDING> = (0..self.count())
            .map(|_| {
                if !self.bindings.is_empty() && self.rng.chance(10) {
                    let i = self.rng.below(self.bindings.len() as u64) as usize;
                    self.bindings[i] // one binding shared by several descriptions
                } else if self.rng.chance(3) {
                    null_mut()
                } else {
                    self.binding(depth)
                }
            })
            .collect();
        let binding_count = bindings.len() as u32;
        let bindings = self.array_pointer(bindings);
        unsafe {
            *d = WS_SECURITY_DESCRIPTION {
                securityBindings: bindings,
                securityBindingCount: binding_count,
                properties,
                propertyCount: count,
            }
        };
        d
    }

    /// An entry: an id (sometimes unknown), a size (sometimes wrong), and a value honestly of
    /// the id's type whenever the reader will read it as such.
    fn property(
        &mut self,
        max_id: i32,
        value_type: fn(&mut Graph, i32) -> Option<(*mut c_void, u32)>,
    ) -> (i32, *mut c_void, u32) {
        let id = if self.rng.chance(92) {
            1 + self.rng.below(max_id as u64) as i32
        } else {
            self.rng.pick(&[0, -3, max_id + 1, 1000])
        };
        let honest = value_type(self, id);
        let (value, size) = match honest {
            Some((value, size)) => (value, size),
            None => (self.alloc([0_u64; 8]).cast(), 4),
        };
        let size = if self.rng.chance(85) {
            size
        } else {
            self.rng.pick(&[0, 1, 2, 4, 8, 12, 16, 24, 64, 65, 1 << 20])
        };
        let value = match self.rng.below(40) {
            0 => null_mut(),
            // Misaligned by 1: refused before reading (every value type is 4- or 8-aligned).
            1 => value.cast::<u8>().wrapping_add(1).cast(),
            _ => value,
        };
        (id, value, size)
    }

    fn scalar(&mut self, valid: &[i32]) -> (*mut c_void, u32) {
        let v = self.small_or_wild(valid);
        (self.alloc(v).cast(), 4)
    }

    fn timespan(&mut self) -> (*mut c_void, u32) {
        let ticks = if self.rng.chance(90) {
            self.rng.below(1 << 40) as i64
        } else {
            -(self.rng.below(1000) as i64) - 1
        };
        (self.alloc(WS_TIMESPAN { ticks }).cast(), 8)
    }

    fn binding(&mut self, depth: usize) -> *mut WS_SECURITY_BINDING {
        let tag = self.small_or_wild(&[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let properties: Vec<WS_SECURITY_BINDING_PROPERTY> = (0..self.count())
            .map(|_| {
                let (id, value, size) = self.property(23, binding_value_type);
                WS_SECURITY_BINDING_PROPERTY {
                    id,
                    value,
                    valueSize: size,
                }
            })
            .collect();
        let header = WS_SECURITY_BINDING {
            bindingType: tag,
            propertyCount: properties.len() as u32,
            properties: self.array_pointer(properties),
        };
        let usage = self.small_or_wild(&[0, 1, 2, 3]);
        let b: *mut WS_SECURITY_BINDING = match tag {
            WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE => {
                let credential = self.cert_credential();
                self.alloc(WS_SSL_TRANSPORT_SECURITY_BINDING {
                    binding: header,
                    localCertCredential: credential,
                })
                .cast()
            }
            WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE
            | WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE
            | WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE => {
                let credential = self.windows_credential();
                self.alloc(WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING {
                    binding: header,
                    clientCredential: credential,
                })
                .cast()
            }
            WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE => {
                let credential = self.windows_credential();
                self.alloc(WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING {
                    binding: header,
                    bindingUsage: usage,
                    clientCredential: credential,
                })
                .cast()
            }
            WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE => {
                let credential = self.username_credential();
                let validator = self.callback(C_PASSWORD);
                let state = self.state();
                self.alloc(WS_USERNAME_MESSAGE_SECURITY_BINDING {
                    binding: header,
                    bindingUsage: usage,
                    clientCredential: credential,
                    passwordValidator: validator,
                    passwordValidatorCallbackState: state,
                })
                .cast()
            }
            WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE => {
                let token = if self.rng.chance(30) {
                    null_mut()
                } else {
                    opaque(7)
                };
                self.alloc(WS_XML_TOKEN_MESSAGE_SECURITY_BINDING {
                    binding: header,
                    bindingUsage: usage,
                    xmlToken: token,
                })
                .cast()
            }
            WS_SAML_MESSAGE_SECURITY_BINDING_TYPE => {
                let authenticator = self.saml_authenticator();
                self.alloc(WS_SAML_MESSAGE_SECURITY_BINDING {
                    binding: header,
                    bindingUsage: usage,
                    authenticator,
                })
                .cast()
            }
            WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE => {
                let bootstrap = match self.rng.below(10) {
                    0 | 1 => null_mut(),
                    // An existing description: often an ancestor, a loop.
                    2 | 3 => self.rng.pick(&self.descriptions.clone()),
                    _ if depth < 12 => self.description(depth + 1),
                    _ => null_mut(),
                };
                self.alloc(WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING {
                    binding: header,
                    bindingUsage: usage,
                    bootstrapSecurityDescription: bootstrap,
                })
                .cast()
            }
            // An unknown tag: the reader stops at the header.
            _ => self.alloc(header),
        };
        self.bindings.push(b);
        b
    }

    fn cert_credential(&mut self) -> *mut WS_CERT_CREDENTIAL {
        if self.rng.chance(40) {
            return null_mut();
        }
        let ty = self.small_or_wild(&[1, 2, 3]);
        let credential = WS_CERT_CREDENTIAL { credentialType: ty };
        let location = if self.rng.chance(90) {
            self.rng.pick(&[0x1_0000_u32, 0x2_0000, 0x9_0000])
        } else {
            3
        };
        match ty {
            WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE => {
                let (store, name) = (self.string(), self.string());
                self.alloc(WS_SUBJECT_NAME_CERT_CREDENTIAL {
                    credential,
                    storeLocation: location,
                    storeName: store,
                    subjectName: name,
                })
                .cast()
            }
            WS_THUMBPRINT_CERT_CREDENTIAL_TYPE => {
                let (store, thumbprint) = (self.string(), self.string());
                self.alloc(WS_THUMBPRINT_CERT_CREDENTIAL {
                    credential,
                    storeLocation: location,
                    storeName: store,
                    thumbprint,
                })
                .cast()
            }
            WS_CUSTOM_CERT_CREDENTIAL_TYPE => {
                let get = self.callback(C_GET_CERT);
                let get_state = self.state();
                let notify = self.callback(C_ISSUERS);
                let notify_state = self.state();
                self.alloc(WS_CUSTOM_CERT_CREDENTIAL {
                    credential,
                    getCertCallback: get,
                    getCertCallbackState: get_state,
                    certIssuerListNotificationCallback: notify,
                    certIssuerListNotificationCallbackState: notify_state,
                })
                .cast()
            }
            _ => self.alloc(credential),
        }
    }

    fn windows_credential(&mut self) -> *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
        if self.rng.chance(40) {
            return null_mut();
        }
        let ty = self.small_or_wild(&[1, 2, 3]);
        let credential = WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL { credentialType: ty };
        match ty {
            WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                let (username, password, domain) = (self.string(), self.string(), self.string());
                self.alloc(WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
                    credential,
                    username,
                    password,
                    domain,
                })
                .cast()
            }
            WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                let identity = self.state();
                self.alloc(WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
                    credential,
                    opaqueAuthIdentity: identity,
                })
                .cast()
            }
            _ => self.alloc(credential),
        }
    }

    fn username_credential(&mut self) -> *mut WS_USERNAME_CREDENTIAL {
        if self.rng.chance(40) {
            return null_mut();
        }
        let ty = self.small_or_wild(&[1]);
        let credential = WS_USERNAME_CREDENTIAL { credentialType: ty };
        if ty == WS_STRING_USERNAME_CREDENTIAL_TYPE {
            let (username, password) = (self.string(), self.string());
            self.alloc(WS_STRING_USERNAME_CREDENTIAL {
                credential,
                username,
                password,
            })
            .cast()
        } else {
            self.alloc(credential)
        }
    }

    fn saml_authenticator(&mut self) -> *mut WS_SAML_AUTHENTICATOR {
        if self.rng.chance(30) {
            return null_mut();
        }
        let ty = self.small_or_wild(&[1]);
        let authenticator = WS_SAML_AUTHENTICATOR {
            authenticatorType: ty,
        };
        if ty != WS_CERT_SIGNED_SAML_AUTHENTICATOR_TYPE {
            return self.alloc(authenticator);
        }
        let certs: Vec<*const CERT_CONTEXT> = (0..self.count())
            .map(|i| {
                if self.rng.chance(5) {
                    std::ptr::null()
                } else {
                    opaque(i as u64 + 1)
                }
            })
            .collect();
        let count = certs.len() as u32;
        let certs = self.array_pointer(certs);
        let decryption = if self.rng.chance(50) {
            std::ptr::null()
        } else {
            opaque(9)
        };
        let validator = self.callback(C_SAML);
        let state = self.state();
        self.alloc(WS_CERT_SIGNED_SAML_AUTHENTICATOR {
            authenticator,
            trustedIssuerCerts: certs,
            trustedIssuerCertCount: count,
            decryptionCert: decryption,
            samlValidator: validator,
            samlValidatorCallbackState: state,
        })
        .cast()
    }
}

/// A value honestly of the type of channel property `id`, or `None` for an unknown id.
fn channel_value_type(g: &mut Graph, id: i32) -> Option<(*mut c_void, u32)> {
    Some(match id {
        WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL => g.scalar(&[1, 2, 3]),
        WS_SECURITY_PROPERTY_ALGORITHM_SUITE => {
            let properties: Vec<WS_SECURITY_ALGORITHM_PROPERTY> = (0..g.rng.below(2))
                .map(|_| WS_SECURITY_ALGORITHM_PROPERTY {
                    id: 1,
                    value: null_mut(),
                    valueSize: 0,
                })
                .collect();
            let count = properties.len() as u32;
            let properties = g.array_pointer(properties);
            let mut algorithm = || g.small_or_wild(&[0, 1, 3, 4, 8, 13, 18]);
            let suite = WS_SECURITY_ALGORITHM_SUITE {
                canonicalizationAlgorithm: algorithm(),
                digestAlgorithm: algorithm(),
                symmetricSignatureAlgorithm: algorithm(),
                asymmetricSignatureAlgorithm: algorithm(),
                encryptionAlgorithm: algorithm(),
                keyDerivationAlgorithm: algorithm(),
                symmetricKeyWrapAlgorithm: algorithm(),
                asymmetricKeyWrapAlgorithm: algorithm(),
                minSymmetricKeyLength: g.rng.pick(&[0, 128, 256]),
                maxSymmetricKeyLength: g.rng.pick(&[0, 256]),
                minAsymmetricKeyLength: g.rng.pick(&[0, 1024]),
                maxAsymmetricKeyLength: g.rng.pick(&[0, 4096]),
                properties,
                propertyCount: count,
            };
            (g.alloc(suite).cast(), 64)
        }
        WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME => g.scalar(&[1, 6, 12]),
        WS_SECURITY_PROPERTY_MAX_ALLOWED_LATENCY
        | WS_SECURITY_PROPERTY_TIMESTAMP_VALIDITY_DURATION
        | WS_SECURITY_PROPERTY_MAX_ALLOWED_CLOCK_SKEW => g.timespan(),
        WS_SECURITY_PROPERTY_TIMESTAMP_USAGE => g.scalar(&[1, 2, 3]),
        WS_SECURITY_PROPERTY_SECURITY_HEADER_LAYOUT => g.scalar(&[1, 2, 3, 4]),
        WS_SECURITY_PROPERTY_SECURITY_HEADER_VERSION => g.scalar(&[1, 2]),
        WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_POLICY => g.scalar(&[1, 2, 3]),
        WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_SCENARIO => g.scalar(&[1, 2]),
        WS_SECURITY_PROPERTY_SERVICE_IDENTITIES => {
            let names: Vec<WS_STRING> = (0..g.count()).map(|_| g.string()).collect();
            let count = names.len() as u32;
            let names = g.array_pointer(names);
            let identities = WS_SERVICE_SECURITY_IDENTITIES {
                serviceIdentities: names,
                serviceIdentityCount: count,
            };
            (g.alloc(identities).cast(), 16)
        }
        _ => return None,
    })
}

/// A value honestly of the type of binding property `id`, or `None` for an unknown id.
fn binding_value_type(g: &mut Graph, id: i32) -> Option<(*mut c_void, u32)> {
    Some(match id {
        1 | 3 | 4 | 17 | 21 => g.scalar(&[0, 1, 1, 2]),
        2 => g.scalar(&[1, 2, 3]),
        5 => g.scalar(&[0, 1, 2, 3]),
        6 => g.scalar(&[1, 2, 4, 8, 16, 6, 0x40]),
        7 => g.scalar(&[1, 2]),
        8..=10 => {
            let s = g.string();
            (g.alloc(s).cast(), 16)
        }
        11 | 14 | 15 => g.scalar(&[0, 256, 100]),
        12 => g.scalar(&[1, 2, 3]),
        13 => {
            let entries: Vec<WS_MESSAGE_PROPERTY> = (0..g.count())
                .map(|_| {
                    let id = g.small_or_wild(&[1, 9, 13, 14, 21]);
                    let size = g.rng.pick(&[4_u32, 8, 16, 16, 3]);
                    let value = if g.rng.chance(5) {
                        null_mut()
                    } else {
                        g.alloc([0_u64; 2]).cast()
                    };
                    WS_MESSAGE_PROPERTY {
                        id,
                        value,
                        valueSize: size,
                    }
                })
                .collect();
            let count = entries.len() as u32;
            let entries = g.array_pointer(entries);
            let properties = WS_MESSAGE_PROPERTIES {
                properties: entries,
                propertyCount: count,
            };
            (g.alloc(properties).cast(), 16)
        }
        16 => g.scalar(&[1, 2]),
        18 | 19 => g.timespan(),
        20 => g.scalar(&[0, 1, 0x11, 0x1f, 0x20]),
        22 => g.scalar(&[0, 1, 0x1f, 0x20]),
        23 => {
            let callback = g.callback(C_CERTIFICATE);
            let state = g.state();
            let context = WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT { callback, state };
            (g.alloc(context).cast(), 16)
        }
        _ => return None,
    })
}

/// What a run found.
#[derive(Default, Debug)]
struct Tally {
    read: usize,
    refused: usize,
    accepted_by_policy: usize,
    lowered_again: usize,
    addresses_read: usize,
    addresses_refused: usize,
}

fn run_case(seed: u64, tally: &mut Tally) {
    let mut graph = Graph::new(seed);
    let root = if graph.rng.chance(2) {
        null_mut()
    } else {
        graph.description(0)
    };
    let side = if seed % 2 == 0 {
        Side::Client
    } else {
        Side::Server
    };
    let address = if graph.rng.chance(2) {
        null_mut()
    } else {
        graph.address()
    };
    // SAFETY: the graph keeps the reader's contract (see the module documentation).
    match unsafe { read_address(address) } {
        Ok(_) => tally.addresses_read += 1,
        Err(e) => {
            tally.addresses_refused += 1;
            assert!(!e.to_string().is_empty());
        }
    }
    // SAFETY: as above.
    let result = unsafe { read_description(root, side, ChannelBinding::Http, None) };
    match result {
        Err(e) => {
            tally.refused += 1;
            assert!(!e.to_string().is_empty());
            if let ReadErrorKind::UnknownBindingType { value: 0 } = e.kind {
                assert!(e.help().contains("Wine"));
            }
        }
        Ok((endpoint, runtime)) => {
            tally.read += 1;
            if cfg!(miri) {
                return;
            }
            // What was read is a model value like any other: the policy judges it, and what it
            // accepts lowers and reads back the same.
            if let Ok((checked, _)) = Policy::new().check(endpoint) {
                tally.accepted_by_policy += 1;
                if let Ok(lowered) = lower(&checked, &runtime) {
                    let (again, _) = unsafe {
                        read_description(lowered.as_ptr(), side, ChannelBinding::Http, None)
                    }
                    .expect("a lowered description reads back");
                    assert_eq!(again, common::as_c_sees_it(with_raw_slot_names(&checked)));
                    tally.lowered_again += 1;
                }
            }
        }
    }
}

fn run(cases: u64, seed: u64) -> Tally {
    let mut tally = Tally::default();
    for i in 0..cases {
        let case_seed = seed.wrapping_add(i);
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| run_case(case_seed, &mut tally))) {
            eprintln!("fuzz case with seed {case_seed:#x} failed");
            std::panic::resume_unwind(panic);
        }
    }
    tally
}

#[test]
fn random_raw_graphs_never_crash_the_reader() {
    let cases = if cfg!(miri) { 40 } else { 3000 };
    let tally = run(cases, 0x5eed);
    eprintln!("{cases} random raw graphs: {tally:?}");
    assert_eq!(tally.read + tally.refused, cases as usize);
    // The generator reaches both outcomes, and deep enough for the policy to accept some.
    assert!(tally.read > 0 && tally.refused > 0, "{tally:?}");
    assert!(
        tally.addresses_read > 0 && tally.addresses_refused > 0,
        "{tally:?}"
    );
    if !cfg!(miri) {
        assert!(tally.lowered_again > 0, "{tally:?}");
    }
}

/// The long run of `cargo xtask fuzz` (`WWS_FUZZ_CASES`, default one million).
#[test]
#[ignore = "long; run by `cargo xtask fuzz`"]
fn fuzz() {
    let cases = std::env::var("WWS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let start = std::time::Instant::now();
    let tally = run(cases, 0xf0cc_5eed);
    println!(
        "{cases} random raw graphs in {:.1?}: {tally:?}",
        start.elapsed()
    );
    assert_eq!(tally.read + tally.refused, cases as usize);
}
